package io.liteci.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.liteci.load.ModelRegistry;
import io.liteci.model.Component;
import io.liteci.model.Job;
import io.liteci.model.Model;
import io.liteci.model.ShellQuoting;
import io.liteci.model.Step;
import io.liteci.model.Template;
import io.liteci.model.Version;
import io.liteci.problem.Suggestions;
import io.liteci.schema.InputSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one component's job: finds its model, chooses the job, checks the inputs and substitutes the
 * placeholders. The outcome depends on the component and the intent's name alone, and the registry is
 * only read, so components may be planned on several threads at once.
 */
final class JobPlanner {

    private final ModelRegistry registry;

    private final Version running;

    private final Optional<String> jobForAll;

    /**
     * @param registry the models available
     * @param running the version of LiteCI planning
     * @param jobForAll the job to plan for every component whose model offers it, if any
     */
    JobPlanner(ModelRegistry registry, Version running, Optional<String> jobForAll) {
        this.registry = registry;
        this.running = running;
        this.jobForAll = jobForAll;
    }

    /** Plans the component of an intent of the given name. */
    Outcome plan(Component component, String intentName) {
        List<Outcome.Issue> issues = new ArrayList<>();
        Optional<Model> model = model(component, issues);
        if (model.isEmpty()) {
            return new Outcome(component, intentName, Optional.empty(), issues);
        }
        Optional<Job> job = choose(component, model.get(), issues);
        InputSchema.Verdict inputs = model.get().inputs().validate(component.inputs());
        if (!inputs.valid()) {
            issues.add(new Outcome.Inputs(inputs));
        }
        if (job.isEmpty() || !issues.isEmpty()) {
            return new Outcome(component, intentName, Optional.empty(), issues);
        }
        Rendering rendering = new Rendering(component, intentName, model.get(), job.get(), issues);
        return new Outcome(component, intentName, rendering.job(), issues);
    }

    private Optional<Model> model(Component component, List<Outcome.Issue> issues) {
        Optional<Model> model = registry.model(component.type());
        if (model.isEmpty()) {
            String message = registry.broken().containsKey(component.type())
                    ? "model '" + component.type() + "' could not be loaded from "
                            + registry.broken().get(component.type()) + "; see its problems"
                    : "unknown type '" + component.type() + "'." + Suggestions.didYouMean(component.type(),
                            registry.names()) + " Known types: " + String.join(", ", registry.names());
            issues.add(new Outcome.At(message, "type"));
            return Optional.empty();
        }
        Optional<Version> needed = model.get().binding().minVersion();
        if (needed.isPresent() && running.compareTo(needed.get()) < 0) {
            issues.add(new Outcome.At("model '" + component.type() + "' needs LiteCI " + needed.get()
                    + " or newer (binding '" + model.get().binding().name() + "'); this is LiteCI " + running,
                    "type"));
            return Optional.empty();
        }
        return model;
    }

    private Optional<Job> choose(Component component, Model model, List<Outcome.Issue> issues) {
        String name = jobForAll.filter(model::offers)
                .or(component::job)
                .orElseGet(model::defaultJob);
        List<String> available = model.binding().jobs();
        Optional<Job> job = model.job(name);
        if (job.isEmpty()) {
            issues.add(new Outcome.At("unknown job '" + name + "' for model '" + model.name() + "'."
                    + Suggestions.didYouMean(name, available) + " Available jobs: " + String.join(", ", available),
                    "job"));
        } else if (!model.offers(name)) {
            issues.add(new Outcome.At("job '" + name + "' of model '" + model.name()
                    + "' is not available under binding '" + model.binding().name() + "'. Available jobs: "
                    + String.join(", ", available), "job"));
            return Optional.empty();
        }
        return job;
    }

    /** Substitutes one component's values into its job's steps. */
    private static final class Rendering {

        private final Component component;

        private final String intentName;

        private final Model model;

        private final Job job;

        private final List<Outcome.Issue> issues;

        private final Set<String> missing = new LinkedHashSet<>();

        Rendering(Component component, String intentName, Model model, Job job, List<Outcome.Issue> issues) {
            this.component = component;
            this.intentName = intentName;
            this.model = model;
            this.job = job;
            this.issues = issues;
        }

        Optional<PlannedJob> job() {
            List<PlannedStep> steps = new ArrayList<>(job.steps().size());
            for (Step step : job.steps()) {
                steps.add(step(step));
            }
            if (!missing.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PlannedJob(component.name(), component.type(), job.name(), component.dependsOn(),
                    model.binding().agentLabel(), job.timeout().map(java.time.Duration::toSeconds), job.labels(),
                    steps));
        }

        private PlannedStep step(Step step) {
            String command = step.command().render(placeholder -> ShellQuoting.quote(value(step, placeholder)));
            return new PlannedStep(step.name(), command, step.timeout().toSeconds(), step.retries(),
                    step.onFailure().word(), env(step));
        }

        /** The step's environment, in the order written; most steps have none, and share one empty map. */
        private Map<String, String> env(Step step) {
            if (step.env().isEmpty()) {
                return Map.of();
            }
            Map<String, String> env = new LinkedHashMap<>();
            step.env().forEach((key, template) -> env.put(key, template.render(placeholder -> value(step, placeholder))));
            return Collections.unmodifiableMap(env);
        }

        private String value(Step step, Template.Placeholder placeholder) {
            return switch (placeholder.expression()) {
                case "component.name" -> component.name();
                case "component.type" -> component.type();
                case "intent.name" -> intentName;
                case "job.name" -> job.name();
                default -> input(step, placeholder.inputPath());
            };
        }

        private String input(Step step, List<String> path) {
            JsonNode value = component.inputs();
            for (String name : path) {
                value = value.path(name);
            }
            if (value.isMissingNode() || value.isNull()) {
                Optional<JsonNode> fallback = model.inputs().defaultFor(path);
                if (fallback.isEmpty()) {
                    String input = String.join(".", path);
                    if (missing.add(input)) {
                        issues.add(new Outcome.At("step '" + step.name() + "' of job '" + job.name()
                                + "' uses input '" + input + "', which is neither given nor defaulted by the"
                                + " schema", "inputs"));
                    }
                    return "";
                }
                value = fallback.get();
            }
            return value.isValueNode() ? value.asText() : CompactJson.of(value);
        }
    }
}
