package io.liteci.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job planned for one component.
 *
 * @param component the component's name
 * @param type the component's model
 * @param job the job chosen
 * @param dependsOn the components this one waits for
 * @param agent the Jenkins label expression of the agents it may run on, if restricted
 * @param timeoutSeconds the bound on the whole job, if any
 * @param labels the job's labels
 * @param steps the steps, in order
 */
public record PlannedJob(String component, String type, String job, List<String> dependsOn, Optional<String> agent,
        Optional<Long> timeoutSeconds, Map<String, String> labels, List<PlannedStep> steps) {

    public PlannedJob {
        dependsOn = List.copyOf(dependsOn);
        steps = List.copyOf(steps);
    }
}
