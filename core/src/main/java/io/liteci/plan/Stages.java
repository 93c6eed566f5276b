package io.liteci.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a plan runs as Jenkins stages, decided here and handed to the pipeline as plain data: the stage
 * names, the levels to run side by side, the agent, the wrappers and their values.
 */
public final class Stages {

    /** The name of the stash that carries the workspace to components that run on other agents. */
    public static final String SOURCES_STASH = "liteci-sources";

    private Stages() {
    }

    /** The stage layout of a plan, as maps and lists. */
    public static Map<String, Object> of(Plan plan) {
        Map<String, PlannedJob> byComponent = new HashMap<>();
        plan.jobs().forEach(job -> byComponent.put(job.component(), job));
        List<Object> levels = new ArrayList<>(plan.levels().size());
        for (List<String> level : plan.levels()) {
            List<Object> components = new ArrayList<>(level.size());
            level.forEach(name -> components.add(component(byComponent.get(name))));
            levels.add(components);
        }
        boolean elsewhere = plan.jobs().stream().anyMatch(job -> job.agent().isPresent());
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("stash", elsewhere ? SOURCES_STASH : null);
        stages.put("levels", levels);
        return stages;
    }

    /** The stage name of a component: its name with its job, such as {@code api (deploy)}. */
    public static String stageName(PlannedJob job) {
        return job.component() + " (" + job.job() + ")";
    }

    private static Map<String, Object> component(PlannedJob job) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("name", job.component());
        component.put("stage", stageName(job));
        component.put("agent", job.agent().orElse(null));
        component.put("timeoutSeconds", job.timeoutSeconds().orElse(null));
        component.put("dependsOn", job.dependsOn());
        List<Object> steps = new ArrayList<>(job.steps().size());
        job.steps().forEach(step -> steps.add(step(step)));
        component.put("steps", steps);
        return component;
    }

    private static Map<String, Object> step(PlannedStep step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("stage", step.name());
        map.put("command", step.command());
        List<String> env = new ArrayList<>(step.env().size());
        step.env().forEach((key, value) -> env.add(key + "=" + value));
        map.put("env", env);
        map.put("attempts", step.retries() + 1);
        map.put("timeoutSeconds", step.timeoutSeconds());
        map.put("continueOnFailure", "continue".equals(step.onFailure()));
        return map;
    }
}
