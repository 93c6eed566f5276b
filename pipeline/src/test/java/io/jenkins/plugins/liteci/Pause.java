package io.jenkins.plugins.liteci;

import com.cloudbees.groovy.cps.Continuable;
import java.util.Arrays;

/**
 * Pauses the CPS program with a {@link StepEvent}, as every step does in Jenkins. The harness's answer
 * becomes the step's return value, or the exception it throws.
 */
public final class Pause {

    private Pause() {
    }

    /** Pauses at a step without a body. */
    public static Object leaf(String step, Object... args) {
        return Continuable.suspend(step, new StepEvent.Start(step, Arrays.asList(args), false));
    }

    /** Pauses at a step whose body runs next. */
    public static Object open(String step, Object... args) {
        return Continuable.suspend(step, new StepEvent.Start(step, Arrays.asList(args), true));
    }

    /** Pauses where a block step's body has finished. */
    public static Object end() {
        return Continuable.suspend("end", new StepEvent.End());
    }

    /** Pauses where catchError records the results of a failure it caught. */
    public static Object caught(String buildResult, String stageResult) {
        return Continuable.suspend("catchError", new StepEvent.Caught(buildResult, stageResult));
    }
}
