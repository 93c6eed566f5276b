package io.liteci.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.liteci.model.Binding;
import io.liteci.model.Durations;
import io.liteci.model.Job;
import io.liteci.model.Model;
import io.liteci.model.OnFailure;
import io.liteci.model.Step;
import io.liteci.model.Template;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.SourcePosition;
import io.liteci.problem.Suggestions;
import io.liteci.schema.FormatSchemas;
import io.liteci.schema.InputSchema;
import io.liteci.schema.Kind;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one model directory's job registry and input schema; its binding is read by the registry.
 */
final class ModelReader {

    private final YamlReader yaml;

    private final Problems problems;

    ModelReader(YamlReader yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    /**
     * The model, or empty when any of its files has a problem (all of which are recorded) or could not be
     * read: a model without the binding it was given is not the model its platform team wrote.
     */
    Optional<Model> read(ModelFiles files) {
        int before = problems.size();
        Optional<YamlDocument> jobs = single(files, ModelFiles.JOBS);
        Optional<YamlDocument> schema = single(files, ModelFiles.SCHEMA);
        Optional<InputSchema> inputs = schema.flatMap(this::compile);
        List<Job> jobList = jobs.filter(document -> checked(document, Kind.JOB_REGISTRY))
                .map(document -> jobs(document, files.name(), inputs))
                .orElse(List.of());
        if (problems.size() > before || inputs.isEmpty() || jobList.isEmpty() || !files.unreadable().isEmpty()) {
            return Optional.empty();
        }
        String version = jobs.get().root().path("metadata").path("version").asText();
        return Optional.of(new Model(files.name(), version, files.directory(), Optional.empty(), jobList,
                Binding.allJobsOf(files.name(), jobList), inputs.get()));
    }

    private Optional<YamlDocument> single(ModelFiles files, String fileName) {
        Optional<SourceFile> file = files.file(fileName);
        if (file.isEmpty() && files.unreadable().contains(fileName)) {
            return Optional.empty(); // the location has said why
        }
        if (file.isEmpty()) {
            problems.add(Problem.general("model '" + files.name() + "' in " + files.directory() + " has no "
                    + fileName));
            return Optional.empty();
        }
        YamlReader.Parsed parsed = yaml.read(file.get().path(), file.get().content());
        problems.addAll(parsed.problems());
        if (parsed.ok() && parsed.documents().size() != 1) {
            problems.add(Problem.at(file.get().path(), SourcePosition.UNKNOWN,
                    "expected exactly one YAML document, found " + parsed.documents().size()));
            return Optional.empty();
        }
        return parsed.ok() ? Optional.of(parsed.documents().get(0)) : Optional.empty();
    }

    private Optional<InputSchema> compile(YamlDocument document) {
        InputSchema.Compiled compiled = InputSchema.compile(document.root());
        if (compiled.schema().isEmpty()) {
            problems.add(Problem.at(document.file(), document.sourceMap().position(List.of()), compiled.reason()));
        }
        return compiled.schema();
    }

    private boolean checked(YamlDocument document, Kind kind) {
        List<Problem> found = FormatSchemas.instance().check(document, kind);
        problems.addAll(found);
        return found.isEmpty();
    }

    private List<Job> jobs(YamlDocument document, String directoryName, Optional<InputSchema> inputs) {
        JsonNode root = document.root();
        String name = root.path("metadata").path("name").asText();
        if (!name.equals(directoryName)) {
            report(document, "metadata.name is '" + name + "' but the model's directory is '" + directoryName
                    + "'; they must be equal", "metadata", "name");
        }
        List<Job> jobs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode jobNodes = root.path("spec").path("jobs");
        for (int i = 0; i < jobNodes.size(); i++) {
            JsonNode job = jobNodes.get(i);
            if (!names.add(job.path("name").asText())) {
                report(document, "duplicate job name '" + job.path("name").asText() + "'", "spec", "jobs", i,
                        "name");
            }
            jobs.add(job(document, job, i, inputs));
        }
        return jobs;
    }

    private Job job(YamlDocument document, JsonNode job, int index, Optional<InputSchema> inputs) {
        Optional<Duration> timeout = Optional.empty();
        if (job.has("timeout")) {
            timeout = duration(document, job.get("timeout").asText(), "spec", "jobs", index, "timeout");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode stepNodes = job.path("steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode step = stepNodes.get(i);
            if (!names.add(step.path("name").asText())) {
                report(document, "duplicate step name '" + step.path("name").asText() + "' in job '"
                        + job.path("name").asText() + "'", "spec", "jobs", index, "steps", i, "name");
            }
            steps.add(new StepReader(document, job.path("name").asText(), index, i, inputs).step(step));
        }
        return new Job(job.path("name").asText(), job.path("description").asText(""), strings(job.path("labels")),
                timeout, steps);
    }

    private Optional<Duration> duration(YamlDocument document, String text, Object... path) {
        Optional<Duration> duration = Durations.parse(text);
        if (duration.isEmpty()) {
            report(document, "'" + text + "' is not a positive duration; write it as '90s', '5m' or '1h30m'",
                    path);
        }
        return duration;
    }

    private void report(YamlDocument document, String message, Object... path) {
        problems.add(Problem.at(document.file(), document.sourceMap().position(List.of(path)), message));
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        map.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    /** Reads one step, whose templates it checks against the model's inputs. */
    private final class StepReader {

        private final YamlDocument document;

        private final String jobName;

        private final Object[] path;

        private final Optional<InputSchema> inputs;

        StepReader(YamlDocument document, String jobName, int job, int step, Optional<InputSchema> inputs) {
            this.document = document;
            this.jobName = jobName;
            this.path = new Object[] {"spec", "jobs", job, "steps", step};
            this.inputs = inputs;
        }

        Step step(JsonNode step) {
            String stepName = step.path("name").asText();
            Duration timeout = step.has("timeout")
                    ? duration(document, step.get("timeout").asText(), at("timeout")).orElse(Step.DEFAULT_TIMEOUT)
                    : Step.DEFAULT_TIMEOUT;
            Template command = template(stepName, step.path("command").asText(), true, at("command"));
            Map<String, Template> env = new LinkedHashMap<>();
            strings(step.path("env")).forEach((key, value) ->
                    env.put(key, template(stepName, value, false, at("env", key))));
            return new Step(stepName, command, timeout, step.path("retries").asInt(0),
                    OnFailure.of(step.path("onFailure").asText("fail")), env);
        }

        private Template template(String stepName, String text, boolean shell, Object[] where) {
            Template.Parsed parsed = Template.parse(text, shell);
            if (parsed.template().isEmpty()) {
                report(document, "step '" + stepName + "' of job '" + jobName + "': " + parsed.reason(), where);
                return new Template(text, List.of(new Template.Literal(text)));
            }
            Template template = parsed.template().get();
            for (Template.Placeholder placeholder : template.placeholders()) {
                if (placeholder.isInput() && inputs.isPresent() && !inputs.get().declares(placeholder.inputPath())) {
                    List<String> known = inputs.get().inputs().stream().map(InputSchema.Input::name).toList();
                    report(document, "step '" + stepName + "' of job '" + jobName + "' uses input '"
                            + String.join(".", placeholder.inputPath()) + "', which schema.yaml does not declare."
                            + Suggestions.didYouMean(placeholder.inputPath().get(0), known), where);
                }
            }
            return template;
        }

        private Object[] at(Object... rest) {
            Object[] full = new Object[path.length + rest.length];
            System.arraycopy(path, 0, full, 0, path.length);
            System.arraycopy(rest, 0, full, path.length, rest.length);
            return full;
        }
    }
}
