package io.jenkins.plugins.liteci.step;

import io.jenkins.plugins.liteci.action.PlannedComponent;
import io.liteci.plan.Plan;
import io.liteci.plan.PlannedJob;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers and components of a plan that the build log and the build page show.
 *
 * @param intent the intent's name
 * @param levels how many levels the plan has
 * @param models how many distinct models its components use
 * @param components its components in plan order
 */
record PlanSummary(String intent, int levels, int models, List<PlannedComponent> components)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The summary of no plan. */
    static final PlanSummary NONE = new PlanSummary("", 0, 0, List.of());

    /** Summarizes a plan. */
    static PlanSummary of(Plan plan) {
        List<PlannedComponent> components = new ArrayList<>();
        for (PlannedJob job : plan.jobs()) {
            components.add(new PlannedComponent(job.component(), job.type(), job.job(), job.agent().orElse(""),
                    job.steps().size()));
        }
        int models = (int) plan.jobs().stream().map(PlannedJob::type).distinct().count();
        return new PlanSummary(plan.intent(), plan.levels().size(), models, components);
    }
}
