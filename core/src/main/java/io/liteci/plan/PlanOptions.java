package io.liteci.plan;

import java.util.List;
import java.util.Optional;

/**
 * Choices made when planning, on top of what the intent says.
 *
 * @param job a job to run for every component whose model offers it
 * @param only the components to plan, together with everything they depend on; empty plans all
 */
public record PlanOptions(Optional<String> job, List<String> only) {

    /** Plan every component with the jobs the intent chooses. */
    public static final PlanOptions NONE = new PlanOptions(Optional.empty(), List.of());

    public PlanOptions {
        only = List.copyOf(only);
    }
}
