package io.jenkins.plugins.liteci.configuration;

import io.liteci.model.Durations;
import io.liteci.model.Step;

/**
 * One step of a job as the configuration page shows it.
 *
 * @param name the step's name
 * @param timeout the bound on each attempt, such as {@code 1h30m}
 * @param retries the attempts made after the first failure
 * @param onFailure what a failure after all attempts does: {@code fail} or {@code continue}
 */
public record StepView(String name, String timeout, int retries, String onFailure) {

    /** The view of a step. */
    public static StepView of(Step step) {
        return new StepView(step.name(), Durations.format(step.timeout()), step.retries(),
                step.onFailure().word());
    }
}
