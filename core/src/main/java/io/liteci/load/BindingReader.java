package io.liteci.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.liteci.model.Binding;
import io.liteci.model.Version;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.Suggestions;
import io.liteci.schema.FormatSchemas;
import io.liteci.schema.Kind;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads job bindings, one per YAML document, and checks them against the model they bind.
 */
final class BindingReader {

    private final YamlReader yaml;

    private final Problems problems;

    BindingReader(YamlReader yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    /** The valid bindings of a file; the problems of the others are recorded. */
    List<Read> read(SourceFile file) {
        YamlReader.Parsed parsed = yaml.read(file.path(), file.content());
        problems.addAll(parsed.problems());
        List<Read> bindings = new ArrayList<>();
        for (YamlDocument document : parsed.documents()) {
            List<Problem> found = FormatSchemas.instance().check(document, Kind.JOB_BINDING);
            problems.addAll(found);
            if (found.isEmpty()) {
                bindings.add(new Read(binding(document), document));
            }
        }
        return bindings;
    }

    private static Binding binding(YamlDocument document) {
        JsonNode spec = document.root().path("spec");
        JsonNode constraints = spec.path("constraints");
        return new Binding(document.root().path("metadata").path("name").asText(), spec.path("model").asText(),
                texts(spec.path("jobs")), optional(spec.path("defaultJob")), texts(constraints.path("platforms")),
                optional(constraints.path("minVersion")).flatMap(Version::parse), document.file());
    }

    /** The problems of a binding with respect to the jobs its model has. */
    static List<Problem> mismatches(Read read, List<String> jobNames) {
        List<Problem> found = new ArrayList<>();
        List<String> available = read.binding().jobs();
        for (int i = 0; i < available.size(); i++) {
            String job = available.get(i);
            if (!jobNames.contains(job)) {
                found.add(read.problem("binding '" + read.binding().name() + "' lists job '" + job + "', which model '"
                        + read.binding().model() + "' does not have." + Suggestions.didYouMean(job, jobNames)
                        + " Its jobs: " + String.join(", ", jobNames), "spec", "jobs", i));
            }
        }
        read.binding().defaultJob().filter(job -> !available.contains(job)).ifPresent(job -> found.add(read.problem(
                "binding '" + read.binding().name() + "' makes '" + job + "' the default job but does not list it"
                        + " among its jobs (" + String.join(", ", available) + ")." + Suggestions.didYouMean(job,
                        available), "spec", "defaultJob")));
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Optional<String> optional(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /**
     * A binding with the document it was read from, so that later checks can point at its lines.
     *
     * @param binding the binding
     * @param document its document
     */
    record Read(Binding binding, YamlDocument document) {

        Problem problem(String message, Object... path) {
            return Problem.at(document.file(), document.sourceMap().position(List.of(path)), message);
        }
    }
}
