package io.liteci.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.liteci.model.Component;
import io.liteci.model.Intent;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.SourcePosition;
import io.liteci.schema.Finding;
import io.liteci.schema.FormatSchemas;
import io.liteci.schema.IntentShape;
import io.liteci.schema.Kind;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an intent file. A component that breaks the intent format is reported and left out, so that
 * the rest of the intent is still checked.
 */
public final class IntentReader {

    private static final List<String> COMPONENTS = List.of("spec", "components");

    private final YamlReader yaml;

    /** A reader that parses YAML with the given reader's limits. */
    public IntentReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** Reads an intent; the problems found are added to {@code problems}. */
    public Optional<ParsedIntent> read(String file, byte[] content, Problems problems) {
        return read(file, content, problems, (intentName, component) -> { });
    }

    /**
     * Reads an intent, telling {@code early} of each component as soon as its YAML has been read, before
     * its format is checked; the problems found are added to {@code problems}.
     */
    public Optional<ParsedIntent> read(String file, byte[] content, Problems problems, Listener early) {
        List<ReadEarly> readEarly = new ArrayList<>();
        YamlReader.Parsed parsed = yaml.read(file, content, COMPONENTS, (root, index, node) -> {
            // Read and tested now, while the node is in the processor's cache, rather than again later.
            Component component = component(index, node);
            readEarly.add(new ReadEarly(node, component, IntentShape.certainlyValidComponent(node)));
            early.read(intentName(root), component);
        });
        problems.addAll(parsed.problems());
        if (!parsed.ok()) {
            return Optional.empty();
        }
        if (parsed.documents().size() != 1) {
            problems.add(Problem.at(file, SourcePosition.UNKNOWN,
                    "expected exactly one YAML document, found " + parsed.documents().size()));
            return Optional.empty();
        }
        YamlDocument document = parsed.documents().get(0);
        List<Finding> findings = FormatSchemas.instance().findings(document, Kind.INTENT, (index, node) ->
                sameNode(readEarly, index, node) && readEarly.get(index).certainlyValid());
        Set<Integer> invalid = new HashSet<>();
        boolean structural = false;
        for (Finding finding : findings) {
            OptionalInt component = componentIndex(finding.path());
            component.ifPresent(invalid::add);
            structural |= component.isEmpty();
            problems.add(component.isPresent()
                    ? finding.problem().forComponent(nameAt(document, component.getAsInt()))
                    : finding.problem());
        }
        return structural ? Optional.empty() : Optional.of(intent(document, invalid, readEarly));
    }

    private static ParsedIntent intent(YamlDocument document, Set<Integer> invalid, List<ReadEarly> readEarly) {
        JsonNode nodes = document.root().path("spec").path("components");
        List<Component> components = new ArrayList<>();
        Set<String> invalidNames = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (!invalid.isEmpty() && invalid.contains(i)) {
                if (node.path("name").isTextual()) {
                    invalidNames.add(node.path("name").asText());
                }
                continue;
            }
            components.add(sameNode(readEarly, i, node) ? readEarly.get(i).component() : component(i, node));
        }
        return new ParsedIntent(new Intent(intentName(document.root()), components), document, invalidNames);
    }

    private static boolean sameNode(List<ReadEarly> readEarly, int index, JsonNode node) {
        return index < readEarly.size() && readEarly.get(index).node() == node;
    }

    private static String intentName(JsonNode root) {
        return root.path("metadata").path("name").asText();
    }

    private static Component component(int index, JsonNode node) {
        // One lookup per field: an intent of many components is read field by field here.
        JsonNode inputs = node.get("inputs");
        JsonNode job = node.get("job");
        return new Component(index, node.path("name").asText(), node.path("type").asText(),
                inputs == null ? JsonNodeFactory.instance.objectNode() : inputs,
                job == null ? Optional.empty() : Optional.of(job.asText()), texts(node.path("dependsOn")));
    }

    private static List<String> texts(JsonNode values) {
        String[] texts = new String[values.size()];
        int i = 0;
        for (JsonNode value : values) {
            texts[i++] = value.asText();
        }
        return List.of(texts);
    }

    /** The index of the component a path lies in, if it lies in one. */
    private static OptionalInt componentIndex(List<Object> path) {
        boolean inComponents = path.size() > 2 && "spec".equals(path.get(0)) && "components".equals(path.get(1));
        return inComponents && path.get(2) instanceof Integer index ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /** A component as read from its node while the file was read, and whether it certainly has the right shape. */
    private record ReadEarly(JsonNode node, Component component, boolean certainlyValid) {
    }

    /** Told of each component of an intent as soon as it has been read. */
    @FunctionalInterface
    public interface Listener {

        /**
         * @param intentName the intent's name as read so far, empty when the file names it only later
         * @param component the component, as read, before its format is checked: from an element that may
         *     not even be a mapping, in which case its name and type are empty
         */
        void read(String intentName, Component component);
    }

    /** The name of the component at an index, or a description of it when it has none. */
    static String nameAt(YamlDocument document, int index) {
        JsonNode name = document.root().path("spec").path("components").path(index).path("name");
        return name.isTextual() ? name.asText() : "#" + (index + 1);
    }
}
