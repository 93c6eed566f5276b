package io.liteci.plan;

import io.liteci.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of planning: a plan, or every problem that prevents one.
 *
 * @param plan the plan, present exactly when there are no problems
 * @param problems what is wrong with the intent
 */
public record Planned(Optional<Plan> plan, List<Problem> problems) {

    public Planned {
        problems = List.copyOf(problems);
    }
}
