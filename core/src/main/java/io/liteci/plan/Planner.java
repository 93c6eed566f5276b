package io.liteci.plan;

import io.liteci.load.ModelRegistry;
import io.liteci.load.ParsedIntent;
import io.liteci.model.Component;
import io.liteci.model.Version;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.Suggestions;
import io.liteci.yaml.YamlDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a parsed intent into a {@link Plan} against a registry of models, reporting every problem
 * found rather than the first.
 */
public final class Planner {

    private final ModelRegistry registry;

    private final Version running;

    /**
     * @param registry the models available
     * @param running the version of LiteCI planning, checked against the bindings' minimum versions
     */
    public Planner(ModelRegistry registry, Version running) {
        this.registry = registry;
        this.running = running;
    }

    /** Plans the intent; the plan is present exactly when no problem was found. */
    public Planned plan(ParsedIntent parsed, PlanOptions options) {
        return plan(parsed, options, (component, intentName) -> Optional.empty());
    }

    /** Plans the intent, taking each component's outcome from {@code early} where it has one. */
    Planned plan(ParsedIntent parsed, PlanOptions options, EarlyOutcomes early) {
        Problems problems = new Problems();
        Locator locator = new Locator(parsed.document());
        List<Component> components = parsed.intent().components();
        Map<String, Component> byName = uniqueNames(components, locator, problems);
        Map<String, PlannedJob> jobs = new HashMap<>();
        JobPlanner jobPlanner = jobPlanner(options);
        String intentName = parsed.intent().name();
        for (Component component : components) {
            Outcome outcome = early.outcome(component, intentName)
                    .orElseGet(() -> jobPlanner.plan(component, intentName));
            outcome.job().ifPresent(job -> jobs.putIfAbsent(component.name(), job));
            if (!outcome.issues().isEmpty()) {
                problems.addAll(outcome.problems(locator));
            }
        }
        options.job().filter(job -> components.stream().noneMatch(component -> offers(component, job)))
                .ifPresent(job -> problems.add(Problem.general("no component of intent '" + parsed.intent().name()
                        + "' has a model that offers job '" + job + "'")));
        checkDependencies(components, byName.keySet(), parsed.invalidComponents(), locator, problems);
        Set<String> selected = selected(components, byName, options.only(), problems);
        if (!problems.isEmpty() || !parsed.invalidComponents().isEmpty()) {
            return new Planned(Optional.empty(), problems.list());
        }
        return order(parsed, byName, jobs, selected, locator);
    }

    /** The planner of single components that this planner uses with the given options. */
    JobPlanner jobPlanner(PlanOptions options) {
        return new JobPlanner(registry, running, options.job());
    }

    private Planned order(ParsedIntent parsed, Map<String, Component> byName, Map<String, PlannedJob> jobs,
            Set<String> selected, Locator locator) {
        List<String> names = new ArrayList<>(selected.size());
        for (Component component : parsed.intent().components()) {
            if (selected.contains(component.name())) {
                names.add(component.name());
            }
        }
        DependencyGraph graph = new DependencyGraph(names, name -> byName.get(name).dependsOn());
        if (!graph.isAcyclic()) {
            List<Problem> cycles = new ArrayList<>();
            for (List<String> cycle : graph.cycles()) {
                Component first = byName.get(cycle.get(0));
                cycles.add(locator.problem(first, "dependency cycle: " + String.join(" -> ", cycle),
                        "dependsOn"));
            }
            return new Planned(Optional.empty(), cycles);
        }
        List<PlannedJob> ordered = graph.order().stream().map(jobs::get).toList();
        return new Planned(Optional.of(new Plan(parsed.intent().name(), running.text(), ordered, graph.levels())),
                List.of());
    }

    private Map<String, Component> uniqueNames(List<Component> components, Locator locator, Problems problems) {
        Map<String, Component> byName = new LinkedHashMap<>();
        for (Component component : components) {
            Component first = byName.putIfAbsent(component.name(), component);
            if (first != null) {
                problems.add(locator.problem(component, "duplicate component name '" + component.name()
                        + "' (first used at line " + locator.position(first, "name").line() + ")", "name"));
            }
        }
        return byName;
    }

    private boolean offers(Component component, String job) {
        return registry.model(component.type()).map(model -> model.offers(job)).orElse(false);
    }

    private void checkDependencies(List<Component> components, Set<String> names, Set<String> invalid,
            Locator locator, Problems problems) {
        for (Component component : components) {
            List<String> dependsOn = component.dependsOn();
            for (int i = 0; i < dependsOn.size(); i++) {
                String dependency = dependsOn.get(i);
                if (dependency.equals(component.name())) {
                    problems.add(locator.problem(component, "depends on itself", "dependsOn", i));
                } else if (!names.contains(dependency) && !invalid.contains(dependency)) {
                    problems.add(locator.problem(component, "depends on unknown component '" + dependency + "'."
                            + Suggestions.didYouMean(dependency, names), "dependsOn", i));
                }
            }
        }
    }

    /** The components to plan: those asked for and everything they depend on, or all. */
    private Set<String> selected(List<Component> components, Map<String, Component> byName, List<String> only,
            Problems problems) {
        if (only.isEmpty()) {
            return byName.keySet();
        }
        Set<String> selected = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (String name : only) {
            if (byName.containsKey(name)) {
                pending.add(name);
            } else {
                problems.add(Problem.general("the components to plan include '" + name + "', which the intent"
                        + " does not have." + Suggestions.didYouMean(name, byName.keySet())));
            }
        }
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (selected.add(name)) {
                byName.get(name).dependsOn().stream().filter(byName::containsKey).forEach(pending::add);
            }
        }
        return selected;
    }

    /** The outcomes of components planned before the planner came to them, for the same options. */
    @FunctionalInterface
    interface EarlyOutcomes {

        /** The outcome of the component of an intent of the given name, if it was planned early. */
        Optional<Outcome> outcome(Component component, String intentName);
    }

    /** Points problems at the line of the component they concern. */
    static final class Locator {

        private final YamlDocument document;

        Locator(YamlDocument document) {
            this.document = document;
        }

        Problem problem(Component component, String message, Object... path) {
            return Problem.at(document.file(), position(component, path), message).forComponent(component.name());
        }

        io.liteci.problem.SourcePosition position(Component component, Object... path) {
            List<Object> full = new ArrayList<>(List.of("spec", "components", component.index()));
            full.addAll(List.of(path));
            return document.sourceMap().position(full);
        }

        YamlDocument document() {
            return document;
        }
    }
}
