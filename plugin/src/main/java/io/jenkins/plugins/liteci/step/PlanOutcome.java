package io.jenkins.plugins.liteci.step;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What planning in the workspace gave, as plain data that travels back from the agent.
 *
 * @param problems everything that prevents a plan, each rendered with its file and position; empty on success
 * @param warnings what is wrong with the model files loaded; a model that cannot load fails only plans using it
 * @param notes what a reader should know about the models loaded, such as overrides
 * @param locations where models were loaded from, in order
 * @param models how many usable models were loaded
 * @param plan plan.json as maps and lists, or empty when there are problems
 * @param stages the execution data for the pipeline, or empty when there are problems
 * @param summary what the build log and page show of the plan, or {@link PlanSummary#NONE}
 */
record PlanOutcome(List<String> problems, List<String> warnings, List<String> notes, List<String> locations,
        int models, Map<String, Object> plan, Map<String, Object> stages, PlanSummary summary)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An outcome that refuses the request for the given reasons before any model was loaded. */
    static PlanOutcome refused(List<String> problems) {
        return new PlanOutcome(problems, List.of(), List.of(), List.of(), 0, Map.of(), Map.of(), PlanSummary.NONE);
    }

    /** Whether a plan was made. */
    boolean planned() {
        return problems.isEmpty();
    }
}
