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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
        List<Integer> packed = new ArrayList<>();
        add(packed, YamlReader.position(parser));
        Map<String, SourcePosition> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourcePosition position = YamlReader.position(parser);
            JsonNode child = value(parser.nextToken(), depth + 1);
            if (name.equals(MERGE_KEY)) {
                merge(object, child, position, packed, seen);
                continue;
            }
            SourcePosition first = seen.putIfAbsent(name, position);
            if (first != null) {
                throw new Refused(position, "duplicate key '" + name + "' (first written at line "
                        + first.line() + ")");
            }
            object.set(name, child);
            add(packed, position);
        }
        expect(token, JsonToken.END_OBJECT);
        positions.putIfAbsent(object, unpack(packed));
        return object;
    }

    private void merge(ObjectNode object, JsonNode source, SourcePosition position, List<Integer> packed,
            Map<String, SourcePosition> seen) {
        List<JsonNode> sources = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(sources::add);
        } else {
            sources.add(source);
        }
        for (JsonNode mapping : sources) {
            if (!mapping.isObject()) {
                throw new Refused(position, "the merge key '<<' takes a mapping or a list of mappings");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (seen.putIfAbsent(field.getKey(), position) == null) {
                    object.set(field.getKey(), field.getValue());
                    add(packed, position);
                }
            }
        }
    }

    private ArrayNode array(int depth) throws IOException {
        ArrayNode array = nodes.arrayNode();
        List<Integer> packed = new ArrayList<>();
        add(packed, YamlReader.position(parser));
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            SourcePosition position = YamlReader.position(parser);
            array.add(value(token, depth + 1));
            add(packed, position);
        }
        expect(token, JsonToken.END_ARRAY);
        positions.putIfAbsent(array, unpack(packed));
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

    private static void add(List<Integer> packed, SourcePosition position) {
        packed.add(position.line());
        packed.add(position.column());
    }

    private static int[] unpack(List<Integer> packed) {
        int[] array = new int[packed.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = packed.get(i);
        }
        return array;
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
