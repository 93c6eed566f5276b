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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Builds Jackson trees from a YAML token stream, recording node positions and resolving aliases.
 *
 * <p>Jackson's own tree reader turns an alias into the anchor's name as a plain string; here an alias
 * stands for the anchored node itself, and merge keys ({@code <<}) copy a mapping's fields. Aliased
 * nodes are shared, not copied, and the nodes they repeat are counted against a limit so that an
 * alias bomb is refused before anything walks it.
 *
 * <p>Positions are needed only to report problems, and most files have none, so a builder made
 * without them leaves each document's source map to be filled on demand by a second reading that
 * records them (see {@link YamlReader}).
 */
final class TreeBuilder {

    private static final String MERGE_KEY = "<<";

    private final YAMLParser parser;

    private final Limits limits;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private final Map<String, Anchored> anchors = new HashMap<>();

    /** One instance of each key, which a large file repeats in every component. */
    private final Map<String, String> keys = new HashMap<>();

    private long nodeCount;

    private long aliasNodes;

    /** The source maps of documents read without positions, by the document's index; null to record them. */
    private final IntFunction<SourceMap> recordedLater;

    private IdentityHashMap<JsonNode, int[]> positions;

    /** The sequence whose elements are reported to the listener, as keys from the root; empty for none. */
    private List<String> watchedPath = List.of();

    private ElementListener listener = ElementListener.NONE;

    /** The root of the document being read, while its elements are reported. */
    private JsonNode root;

    /** A builder that records the positions of every node as it reads. */
    TreeBuilder(YAMLParser parser, Limits limits) {
        this(parser, limits, null);
    }

    /**
     * A builder that records no positions: each document's source map comes from {@code recordedLater},
     * given the document's index, the first time a position is asked for.
     */
    TreeBuilder(YAMLParser parser, Limits limits, IntFunction<SourceMap> recordedLater) {
        this.parser = parser;
        this.limits = limits;
        this.recordedLater = recordedLater;
    }

    /**
     * Reports each element of the sequence at {@code path} in the first document to {@code listener} as
     * soon as it has been read. Nothing is reported while positions are recorded, and nothing of a
     * sequence written as an alias or copied by a merge key.
     */
    TreeBuilder watching(List<String> path, ElementListener listener) {
        this.watchedPath = List.copyOf(path);
        this.listener = listener;
        return this;
    }

    List<YamlDocument> documents(String file) throws IOException {
        List<YamlDocument> documents = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            positions = recordedLater == null ? new IdentityHashMap<>() : null;
            anchors.clear();
            boolean watching = recordedLater != null && documents.isEmpty() && !watchedPath.isEmpty();
            JsonNode root = value(token, 0, watching);
            int index = documents.size();
            documents.add(new YamlDocument(file, root, positions == null
                    ? SourceMap.onDemand(() -> recordedLater.apply(index))
                    : new SourceMap(root, positions)));
        }
        return documents;
    }

    /** Reads a node; {@code onPath} when it lies on the path to the watched sequence. */
    private JsonNode value(JsonToken token, int depth, boolean onPath) throws IOException {
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
            case START_OBJECT -> object(depth, onPath);
            case START_ARRAY -> array(depth, onPath);
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

    private ObjectNode object(int depth, boolean onPath) throws IOException {
        ObjectNode object = nodes.objectNode();
        if (onPath && depth == 0) {
            root = object;
        }
        // Where each field was written, in field order; only when recording positions.
        Map<String, SourcePosition> written = positions == null ? null : new LinkedHashMap<>();
        SourcePosition start = positions == null ? null : YamlReader.position(parser);
        // The fields copied by merge keys, which the mapping may still write itself, once.
        Set<String> merged = Collections.emptySet();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = key(parser.currentName());
            boolean mergeKey = name.equals(MERGE_KEY);
            SourcePosition position = written != null || mergeKey ? YamlReader.position(parser) : null;
            boolean childOnPath = onPath && depth < watchedPath.size() && name.equals(watchedPath.get(depth));
            JsonNode child = value(parser.nextToken(), depth + 1, childOnPath);
            if (mergeKey) {
                merged = merge(object, child, position, written, merged);
                continue;
            }
            if (object.has(name) && !merged.remove(name)) {
                throw duplicate(name, position, written);
            }
            object.set(name, child);
            if (written != null) {
                written.put(name, position);
            }
        }
        expect(token, JsonToken.END_OBJECT);
        if (written != null) {
            positions.putIfAbsent(object, pack(start, written.values()));
        }
        return object;
    }

    private RuntimeException duplicate(String name, SourcePosition position, Map<String, SourcePosition> written) {
        if (written == null) {
            return new PositionsNeeded();
        }
        return new Refused(position, "duplicate key '" + name + "' (first written at line "
                + written.get(name).line() + ")");
    }

    /** Copies the fields of the merged mappings that the mapping does not write itself; returns them all. */
    private Set<String> merge(ObjectNode object, JsonNode source, SourcePosition position,
            Map<String, SourcePosition> written, Set<String> merged) {
        List<JsonNode> sources = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(sources::add);
        } else {
            sources.add(source);
        }
        Set<String> copied = new HashSet<>(merged);
        for (JsonNode mapping : sources) {
            if (!mapping.isObject()) {
                throw new Refused(position, "the merge key '<<' takes a mapping or a list of mappings");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!object.has(field.getKey())) {
                    object.set(field.getKey(), field.getValue());
                    copied.add(field.getKey());
                    if (written != null) {
                        written.put(field.getKey(), position);
                    }
                }
            }
        }
        return copied;
    }

    private ArrayNode array(int depth, boolean onPath) throws IOException {
        boolean reporting = onPath && depth == watchedPath.size();
        ArrayNode array = nodes.arrayNode();
        List<SourcePosition> elements = positions == null ? null : new ArrayList<>();
        SourcePosition start = positions == null ? null : YamlReader.position(parser);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (elements != null) {
                elements.add(YamlReader.position(parser));
            }
            JsonNode element = value(token, depth + 1, false);
            array.add(element);
            if (reporting) {
                listener.element(root, array.size() - 1, element);
            }
        }
        expect(token, JsonToken.END_ARRAY);
        if (elements != null) {
            positions.putIfAbsent(array, pack(start, elements));
        }
        return array;
    }

    private JsonNode scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(checkedText(parser.getText()));
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

    /** The key, as the instance already kept for the same text if there is one. */
    private String key(String name) {
        return keys.computeIfAbsent(name, this::checkedText);
    }

    /**
     * The text of a key or string, refused when it holds half of a UTF-16 surrogate pair, which a YAML escape
     * of a surrogate code point gives: no file, command or log can carry it as a character.
     */
    private String checkedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    throw new Refused(YamlReader.position(parser), String.format("malformed YAML: \\u%04x is half"
                            + " of a UTF-16 surrogate pair, not a character", (int) c));
                }
                i++;
            }
        }
        return text;
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

    /** Input that only a builder recording positions can report, such as a key written twice. */
    static final class PositionsNeeded extends RuntimeException {

        PositionsNeeded() {
            super("positions needed", null, false, false);
        }
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
