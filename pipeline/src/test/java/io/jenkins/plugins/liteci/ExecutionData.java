package io.jenkins.plugins.liteci;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the execution data that the liteciPlan step returns, as the plain maps and lists it uses. */
final class ExecutionData {

    private ExecutionData() {
    }

    /** Execution data whose sources are stashed under the given name, or not at all when it is null. */
    @SafeVarargs
    static Map<String, Object> execution(String stash, List<Object>... levels) {
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("stash", stash);
        execution.put("levels", new ArrayList<>(Arrays.asList(levels)));
        return execution;
    }

    static List<Object> level(Component... components) {
        List<Object> level = new ArrayList<>();
        for (Component component : components) {
            level.add(component.map);
        }
        return level;
    }

    /** A component with its name as stage name, no agent, no timeout and no dependencies. */
    static Component component(String name) {
        return new Component(name);
    }

    /** A step that runs once, with no environment and a timeout of 60 seconds. */
    static Step step(String stage, String command) {
        return new Step(stage, command);
    }

    static final class Component {

        private final Map<String, Object> map = new LinkedHashMap<>();

        private Component(String name) {
            map.put("name", name);
            map.put("stage", name);
            map.put("agent", null);
            map.put("timeoutSeconds", null);
            map.put("dependsOn", new ArrayList<>());
            map.put("steps", new ArrayList<>());
        }

        Component stage(String stage) {
            map.put("stage", stage);
            return this;
        }

        Component agent(String agent) {
            map.put("agent", agent);
            return this;
        }

        Component timeoutSeconds(int seconds) {
            map.put("timeoutSeconds", seconds);
            return this;
        }

        Component dependsOn(String... names) {
            map.put("dependsOn", new ArrayList<>(Arrays.asList(names)));
            return this;
        }

        Component steps(Step... steps) {
            List<Object> list = new ArrayList<>();
            for (Step step : steps) {
                list.add(step.map);
            }
            map.put("steps", list);
            return this;
        }
    }

    static final class Step {

        private final Map<String, Object> map = new LinkedHashMap<>();

        private Step(String stage, String command) {
            map.put("stage", stage);
            map.put("command", command);
            map.put("env", new ArrayList<>());
            map.put("attempts", 1);
            map.put("timeoutSeconds", 60);
            map.put("continueOnFailure", false);
        }

        Step env(String... variables) {
            map.put("env", new ArrayList<>(Arrays.asList(variables)));
            return this;
        }

        Step attempts(int attempts) {
            map.put("attempts", attempts);
            return this;
        }

        Step timeoutSeconds(int seconds) {
            map.put("timeoutSeconds", seconds);
            return this;
        }

        Step continueOnFailure() {
            map.put("continueOnFailure", true);
            return this;
        }
    }
}
