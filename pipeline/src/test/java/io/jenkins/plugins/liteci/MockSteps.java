package io.jenkins.plugins.liteci;

import static com.lesfurets.jenkins.unit.MethodSignature.method;

import com.lesfurets.jenkins.unit.PipelineTestHelper;
import groovy.lang.Closure;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Registers the pipeline steps with the unit library. A step without a body pauses the program and lets the
 * harness answer; a step with a body runs its CPS twin in {@code BlockSteps}.
 */
final class MockSteps {

    private MockSteps() {
    }

    static void register(PipelineTestHelper helper, Object blockSteps) {
        leaf(helper, "sh", Object.class);
        leaf(helper, "echo", Object.class);
        leaf(helper, "error", Object.class);
        leaf(helper, "stash", Map.class);
        leaf(helper, "unstash", Object.class);
        block(helper, blockSteps, "stage", "inStage", Object.class, Closure.class);
        block(helper, blockSteps, "node", "onNode", Object.class, Closure.class);
        block(helper, blockSteps, "withEnv", "withEnvironment", List.class, Closure.class);
        block(helper, blockSteps, "timeout", "withinTimeout", Map.class, Closure.class);
        block(helper, blockSteps, "retry", "retrying", Number.class, Closure.class);
        block(helper, blockSteps, "catchError", "catchingError", Map.class, Closure.class);
        block(helper, blockSteps, "parallel", "inParallel", Map.class);
    }

    private static void leaf(PipelineTestHelper helper, String step, Class<?>... parameters) {
        Function<Object, Object> mock = given -> Pause.leaf(step, arguments(given));
        helper.registerAllowedMethod(method(step, parameters), mock);
    }

    // The CPS method throws the invocation that the interpreter picks up, so its body runs as part of
    // the program rather than on the Java stack.
    private static void block(PipelineTestHelper helper, Object blockSteps, String step, String twin,
            Class<?>... parameters) {
        Function<Object, Object> mock = given -> InvokerHelper.invokeMethod(blockSteps, twin, arguments(given));
        helper.registerAllowedMethod(method(step, parameters), mock);
    }

    // The unit library passes one argument as itself and several as an array.
    private static Object[] arguments(Object given) {
        return given instanceof Object[] array ? array : new Object[] {given};
    }
}
