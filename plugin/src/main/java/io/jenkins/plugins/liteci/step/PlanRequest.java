package io.jenkins.plugins.liteci.step;

import io.liteci.plan.PlanOptions;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code liteciPlan} step asks for, as sent to the agent that holds the workspace.
 *
 * @param intent the intent file, relative to the workspace
 * @param models model directories relative to the workspace, loaded after the configured ones
 * @param job the job to run for every component whose model offers it, or empty for the intent's choice
 * @param components the components to plan with their dependencies; empty plans all
 * @param planFile where plan.json is written, relative to the workspace
 */
record PlanRequest(String intent, List<String> models, String job, List<String> components, String planFile)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    PlanRequest {
        models = List.copyOf(models);
        components = List.copyOf(components);
    }

    /** The planner's options: the job chosen, if any, and the components asked for. */
    PlanOptions options() {
        return new PlanOptions(job.isEmpty() ? Optional.empty() : Optional.of(job), components);
    }
}
