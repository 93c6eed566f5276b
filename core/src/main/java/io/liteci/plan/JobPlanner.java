package io.liteci.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.liteci.load.ParsedIntent;
import io.liteci.model.Component;
import io.liteci.model.Job;
import io.liteci.model.Model;
import io.liteci.model.ShellQuoting;
import io.liteci.model.Step;
import io.liteci.model.Template;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one component's job: chooses the job, checks the inputs and substitutes the placeholders.
 */
final class JobPlanner {

    private final ParsedIntent parsed;

    private final Planner.Locator locator;

    private final Problems problems;

    JobPlanner(ParsedIntent parsed, Planner.Locator locator, Problems problems) {
        this.parsed = parsed;
        this.locator = locator;
        this.problems = problems;
    }

    /** The planned job, or empty when the component has problems (all of which are recorded). */
    Optional<PlannedJob> plan(Component component, Model model, Optional<String> jobForAll) {
        Optional<Job> job = choose(component, model, jobForAll);
        List<Problem> inputProblems = model.inputs().check(locator.document(),
                List.of("spec", "components", component.index(), "inputs"), component.inputs());
        inputProblems.forEach(problem -> problems.add(problem.forComponent(component.name())));
        if (job.isEmpty() || !inputProblems.isEmpty()) {
            return Optional.empty();
        }
        return new Rendering(component, model, job.get()).job();
    }

    private Optional<Job> choose(Component component, Model model, Optional<String> jobForAll) {
        String name = jobForAll.filter(model::offers)
                .or(component::job)
                .orElseGet(model::defaultJob);
        List<String> available = model.binding().jobs();
        Optional<Job> job = model.job(name);
        if (job.isEmpty()) {
            problems.add(locator.problem(component, "unknown job '" + name + "' for model '" + model.name() + "'."
                    + Suggestions.didYouMean(name, available) + " Available jobs: " + String.join(", ", available),
                    "job"));
        } else if (!model.offers(name)) {
            problems.add(locator.problem(component, "job '" + name + "' of model '" + model.name()
                    + "' is not available under binding '" + model.binding().name() + "'. Available jobs: "
                    + String.join(", ", available), "job"));
            return Optional.empty();
        }
        return job;
    }

    /** Substitutes one component's values into its job's steps. */
    private final class Rendering {

        private final Component component;

        private final Model model;

        private final Job job;

        private final Set<String> missing = new LinkedHashSet<>();

        Rendering(Component component, Model model, Job job) {
            this.component = component;
            this.model = model;
            this.job = job;
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
            Map<String, String> env = new LinkedHashMap<>();
            step.env().forEach((key, template) -> env.put(key, template.render(placeholder -> value(step, placeholder))));
            return new PlannedStep(step.name(), command, step.timeout().toSeconds(), step.retries(),
                    step.onFailure().word(), env);
        }

        private String value(Step step, Template.Placeholder placeholder) {
            return switch (placeholder.expression()) {
                case "component.name" -> component.name();
                case "component.type" -> component.type();
                case "intent.name" -> parsed.intent().name();
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
                        problems.add(locator.problem(component, "step '" + step.name() + "' of job '" + job.name()
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
