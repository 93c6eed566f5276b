package io.jenkins.plugins.liteci.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import groovy.lang.Binding;
import hudson.Extension;
import java.lang.reflect.Constructor;
import org.jenkinsci.plugins.workflow.cps.CpsScript;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;

/**
 * The {@code liteciPlan} global variable: plans an intent through the {@code liteciPlan} step, then runs the
 * plan as stages, levels in order and the components of a level in parallel.
 *
 * <p>The variable and {@link LiteciPlanStep} share a name on purpose. When a script calls
 * {@code liteciPlan(...)}, {@code CpsScript.invokeMethod} looks for a global variable before it looks for a
 * step, so the call reaches the variable, whose {@code call} method does the planning and the running. The
 * variable's Groovy ({@code io.jenkins.plugins.liteci.LiteciPlan}) reaches the Java step by name through
 * {@code steps.liteciPlan(...)}, which goes to steps only. In Declarative, {@code liteciPlan intent: '...'} in
 * {@code steps} is checked against the step's parameters and then called as above.
 */
@Extension
public final class LiteciPlanVariable extends GlobalVariable {

    /** The Groovy class the variable is an instance of, shipped in the plugin's liteci-pipeline library. */
    static final String GROOVY_CLASS = "io.jenkins.plugins.liteci.LiteciPlan";

    @NonNull
    @Override
    public String getName() {
        return "liteciPlan";
    }

    /**
     * Loads the Groovy class through the script's class loader, so that it is compiled for CPS, and keeps one
     * instance per script in its binding.
     */
    @NonNull
    @Override
    public Object getValue(@NonNull CpsScript script) throws Exception {
        Binding binding = script.getBinding();
        if (binding.hasVariable(getName())) {
            return binding.getVariable(getName());
        }
        Class<?> type = script.getClass().getClassLoader().loadClass(GROOVY_CLASS);
        Object value = scriptConstructor(type).newInstance(script);
        binding.setVariable(getName(), value);
        return value;
    }

    /** The constructor that takes the script; a constructor, unlike a method, needs no {@code @NonCPS}. */
    private static Constructor<?> scriptConstructor(Class<?> type) throws NoSuchMethodException {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0].isAssignableFrom(CpsScript.class)) {
                return constructor;
            }
        }
        throw new NoSuchMethodException(GROOVY_CLASS + " has no public constructor taking the script");
    }
}
