package io.jenkins.plugins.liteci;

import groovy.lang.Closure;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a mock step hands to the harness when it pauses the program, as a step pauses in Jenkins. */
public sealed interface StepEvent {

    /** A step starts; for a block step, its body follows until the matching {@link End}. */
    record Start(String step, List<Object> args, boolean block) implements StepEvent {

        /** The call as the call tree shows it, such as {@code timeout(time: 120, unit: SECONDS)}. */
        @Override
        public String toString() {
            return step + "(" + args.stream()
                    .filter(arg -> !(arg instanceof Closure))
                    .map(Start::render)
                    .collect(Collectors.joining(", ")) + ")";
        }

        private static String render(Object arg) {
            if (arg instanceof Map<?, ?> map) {
                return map.entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining(", "));
            }
            return String.valueOf(arg);
        }
    }

    /** The body of the innermost open block step has finished. */
    record End() implements StepEvent {
    }

    /** catchError caught a failure and set these results. */
    record Caught(String buildResult, String stageResult) implements StepEvent {
    }
}
