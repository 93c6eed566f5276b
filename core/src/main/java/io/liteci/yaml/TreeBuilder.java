package io.liteci.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.liteci.problem.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds Jackson trees from a YAML token stream, recording node positions and resolving aliases.
 *
 * <p>Jackson's own tree reader turns an alias into the anchor's name as a plain string; here an alias
 * stands for the anchored node itself, and merge keys ({@code <<}) copy a mapping's fields. Aliased
 * nodes are shared, not copied, and the nodes they repeat are counted against a limit so that an
 * alias bomb is refused before anything walks it.
 */
final class TreeBuilder {

    private static final String MERGE_KEY = "<<";

    private final YAMLParser parser;

    private final Limits limits;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private final Map<String, Anchored> anchors = new HashMap<>();

    private long nodeCount;

    private long aliasNodes;

    /** The positions of merge keys, whose fields a mapping may write again. */
    private final Set<SourcePosition> merged = new HashSet<>();

    private IdentityHashMap<JsonNode, int[]> positions;

    TreeBuilder(YAMLParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    List<YamlDocument> documents(String file) throws IOException {
        List<YamlDocument> documents = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            positions = new IdentityHashMap<>();
            anchors.clear();
            JsonNode root = value(token, 0);
            documents.add(new YamlDocument(file, root, new SourceMap(root, positions)));
        }
        return documents;
    }

    private JsonNode value(JsonToken token, int depth) throws IOException {
        if (depth > limits.maxDepth()) {
            throw new Refused(YamlReader.position(parser),
                    "YAML nested deeper than the limit of " + limits.maxDepth() + " levels");
        }
        if (parser.isCurrentAlias()) {
            return alias();
        }
        String anchor = parser.getCurrentAnchor();
        long before = nodeCount;
        JsonNode node = switch (token) {
            case START_OBJECT -> object(depth);
            case START_ARRAY -> array(depth);
            default -> scalar(token);
        };
        nodeCount++;
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, nodeCount - before));
        }
        return node;
    }

    private JsonNode alias() throws IOException {
        String name = parser.getText();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw new Refused(YamlReader.position(parser), "YAML alias '*" + name + "' refers to no anchor");
        }
        aliasNodes += anchored.size();
        nodeCount += anchored.size();
        if (aliasNodes > limits.maxAliasNodes()) {
            throw new Refused(YamlReader.position(parser), "YAML aliases repeat more than "
                    + limits.maxAliasNodes() + " nodes; expand them or simplify the file");
        }
        return anchored.node();
    }

    private ObjectNode object(int depth) throws IOException {
        ObjectNode object = nodes.objectNode();
        Map<String, SourcePosition> written = new LinkedHashMap<>();
        SourcePosition start = YamlReader.position(parser);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourcePosition position = YamlReader.position(parser);
            JsonNode child = value(parser.nextToken(), depth + 1);
            if (name.equals(MERGE_KEY)) {
                merge(object, child, position, written);
                continue;
            }
            SourcePosition first = written.get(name);
            if (first != null && !merged.contains(first)) {
                throw new Refused(position, "duplicate key '" + name + "' (first written at line "
                        + first.line() + ")");
            }
            object.set(name, child);
            written.put(name, position);
        }
        expect(token, JsonToken.END_OBJECT);
        positions.putIfAbsent(object, pack(start, written.values()));
        return object;
    }

    /** Copies the fields of the merged mappings that the mapping does not write itself. */
    private void merge(ObjectNode object, JsonNode source, SourcePosition position,
            Map<String, SourcePosition> written) {
        List<JsonNode> sources = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(sources::add);
        } else {
            sources.add(source);
        }
        SourcePosition mergedAt = new SourcePosition(position.line(), position.column());
        merged.add(mergedAt);
        for (JsonNode mapping : sources) {
            if (!mapping.isObject()) {
                throw new Refused(position, "the merge key '<<' takes a mapping or a list of mappings");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!written.containsKey(field.getKey())) {
                    object.set(field.getKey(), field.getValue());
                    written.put(field.getKey(), mergedAt);
                }
            }
        }
    }

    private ArrayNode array(int depth) throws IOException {
        ArrayNode array = nodes.arrayNode();
        List<SourcePosition> elements = new ArrayList<>();
        SourcePosition start = YamlReader.position(parser);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            elements.add(YamlReader.position(parser));
            array.add(value(token, depth + 1));
        }
        expect(token, JsonToken.END_ARRAY);
        positions.putIfAbsent(array, pack(start, elements));
        return array;
    }

    private JsonNode scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            case VALUE_EMBEDDED_OBJECT -> nodes.textNode(parser.getText());
            default -> throw new Refused(YamlReader.position(parser), "unexpected YAML token " + token);
        };
    }

    private void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new Refused(YamlReader.position(parser), "YAML ends inside a mapping or sequence");
        }
    }

    /** The container's position followed by its children's, as one array of line and column pairs. */
    private static int[] pack(SourcePosition start, Collection<SourcePosition> children) {
        int[] packed = new int[2 + 2 * children.size()];
        packed[0] = start.line();
        packed[1] = start.column();
        int at = 2;
        for (SourcePosition child : children) {
            packed[at++] = child.line();
            packed[at++] = child.column();
        }
        return packed;
    }

    private record Anchored(JsonNode node, long size) {
    }

    /** Input the builder refuses, with where it was found. */
    static final class Refused extends RuntimeException {

        private final transient SourcePosition position;

        Refused(SourcePosition position, String message) {
            super(message, null, false, false);
            this.position = position;
        }

        SourcePosition position() {
            return position;
        }
    }
}
