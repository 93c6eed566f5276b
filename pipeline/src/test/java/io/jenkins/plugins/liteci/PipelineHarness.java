package io.jenkins.plugins.liteci;

import static com.lesfurets.jenkins.unit.MethodSignature.method;

import com.cloudbees.groovy.cps.Continuable;
import com.cloudbees.groovy.cps.CpsTransformer;
import com.cloudbees.groovy.cps.Outcome;
import com.lesfurets.jenkins.unit.PipelineTestHelper;
import com.lesfurets.jenkins.unit.cps.MockPipelineScriptCPS;
import groovy.lang.Binding;
import groovy.lang.GroovyObject;
import groovy.lang.Script;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Runs a pipeline script with JenkinsPipelineUnit under the real CPS transformation, as one program that
 * pauses at every step call. At each pause the whole program is saved and the run goes on from a restored
 * copy, as Jenkins does. One harness serves one run.
 */
final class PipelineHarness extends PipelineTestHelper {

    private static final List<String> RESULTS = List.of("SUCCESS", "UNSTABLE", "FAILURE", "NOT_BUILT", "ABORTED");

    private final ShellScript shell = new ShellScript();

    private final CallTree calls = new CallTree();

    private final CpsChecker checker;

    private Object planned;

    private String result = "SUCCESS";

    PipelineHarness() {
        setScriptRoots(new String[] {"src/main/resources", "src/test/resources"});
        setScriptExtension("groovy");
        setBaseScriptRoot(".");
        setBaseClassloader(PipelineHarness.class.getClassLoader());
        setScriptBaseClass(MockPipelineScriptCPS.class);
        init();
        gse.getConfig().addCompilationCustomizers(new CpsTransformer());
        checker = new CpsChecker(gse.getGroovyClassLoader());
        MockSteps.register(this, create("io.jenkins.plugins.liteci.BlockSteps"));
    }

    /** How the sh commands of the run end. */
    ShellScript shell() {
        return shell;
    }

    /** Makes the liteciPlan step return the plan and the execution data. */
    PipelineHarness planning(Map<String, Object> plan, Map<String, Object> execution) {
        planned = Map.of("plan", plan, "run", execution);
        return this;
    }

    /** Runs a script from the test resources, with the global variable {@code liteciPlan} backed by LiteciPlan. */
    PipelineRun run(String scriptName, Object arguments) {
        Binding binding = new Binding();
        binding.setVariable("arguments", arguments);
        binding.setVariable("steps", new StepsVariable());
        Script script = loadScript(scriptName, binding);
        Object liteciPlan = create("io.jenkins.plugins.liteci.LiteciPlan", script);
        Function<Object, Object> globalVariable = args -> InvokerHelper.invokeMethod(liteciPlan, "call", args);
        registerAllowedMethod(method("liteciPlan", Map.class), globalVariable);
        registerAllowedMethod(method("liteciPlan", String.class), globalVariable);
        return drive(new Continuable(script));
    }

    /**
     * Intercepts step calls on the script's class as well as on the instance, because a script restored
     * from a saved program is a new instance.
     */
    @Override
    public Script loadScript(String scriptName, Binding binding) {
        Script script = super.loadScript(scriptName, binding);
        GroovyObject metaClass = (GroovyObject) DefaultGroovyMethods.getMetaClass(script.getClass());
        metaClass.setProperty("invokeMethod", getMethodInterceptor());
        metaClass.setProperty("methodMissing", getMethodMissingInterceptor());
        return script;
    }

    private PipelineRun drive(Continuable program) {
        Outcome answer = new Outcome(null, null);
        while (true) {
            Outcome outcome = program.run0(answer, Continuable.categories);
            if (!program.isResumable()) {
                return finish(outcome);
            }
            StepEvent event = (StepEvent) outcome.getNormal();
            program = checker.roundTrip(program, event);
            answer = answer(event);
        }
    }

    private Outcome answer(StepEvent event) {
        if (event instanceof StepEvent.Start start) {
            calls.start(start);
            return start.block() ? new Outcome(null, null) : perform(start);
        }
        if (event instanceof StepEvent.Caught caught) {
            calls.caught(caught);
            worsen(caught.buildResult());
        } else {
            calls.end();
        }
        return new Outcome(null, null);
    }

    private Outcome perform(StepEvent.Start step) {
        try {
            return new Outcome(respond(step.step(), step.args()), null);
        } catch (FakeInterruption interruption) {
            calls.threw(interruption.describe());
            return new Outcome(null, interruption);
        } catch (StepFailure failure) {
            if (step.step().equals("sh")) {
                calls.threw(failure.getMessage());
            }
            return new Outcome(null, failure);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Object respond(String step, List<Object> args) throws Exception {
        switch (step) {
            case "steps.liteciPlan":
                return planned;
            case "sh":
                shell.run(String.valueOf(args.get(0)));
                return null;
            case "error":
                throw new StepFailure(String.valueOf(args.get(0)));
            default:
                return null;
        }
    }

    private PipelineRun finish(Outcome outcome) {
        Throwable failure = outcome.getAbnormal();
        if (failure instanceof FakeInterruption) {
            worsen("ABORTED");
        } else if (failure instanceof StepFailure) {
            worsen("FAILURE");
        } else if (failure != null) {
            throw new AssertionError("The pipeline failed unexpectedly after:\n" + calls.text(), failure);
        }
        return new PipelineRun(calls.text(), result, outcome.getNormal());
    }

    private void worsen(String other) {
        if (RESULTS.indexOf(other) > RESULTS.indexOf(result)) {
            result = other;
        }
    }

    private Object create(String className, Object... args) {
        try {
            return InvokerHelper.invokeConstructorOf(gse.getGroovyClassLoader().loadClass(className), args);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
