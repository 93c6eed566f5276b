package io.liteci.plan;

import io.liteci.model.Component;
import io.liteci.problem.Problem;
import io.liteci.schema.InputSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What planning one component gave: its job, or what keeps it from having one. The problems are not yet
 * placed at lines of the file, so that a component can be planned before the whole file has been read.
 *
 * @param component the component planned
 * @param intentName the name of the intent, as the placeholders were given it
 * @param job the planned job, present exactly when there are no issues
 * @param issues what is wrong with the component, in the order found
 */
record Outcome(Component component, String intentName, Optional<PlannedJob> job, List<Issue> issues) {

    Outcome {
        issues = List.copyOf(issues);
    }

    /** The issues as problems at their lines of the intent file. */
    List<Problem> problems(Planner.Locator locator) {
        List<Problem> problems = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue instanceof At at) {
                problems.add(locator.problem(component, at.message(), at.path().toArray()));
            } else if (issue instanceof Inputs inputs) {
                List<Object> path = List.of("spec", "components", component.index(), "inputs");
                inputs.verdict().problems(locator.document(), path)
                        .forEach(problem -> problems.add(problem.forComponent(component.name())));
            }
        }
        return problems;
    }

    /** Something wrong with a component. */
    sealed interface Issue permits At, Inputs {
    }

    /** A problem of the node at {@code path} within the component. */
    record At(String message, List<Object> path) implements Issue {

        At(String message, Object... path) {
            this(message, List.of(path));
        }
    }

    /** Inputs that break their model's schema. */
    record Inputs(InputSchema.Verdict verdict) implements Issue {
    }
}
