package io.liteci.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.liteci.problem.SourcePosition;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the nodes of a parsed YAML document were written, found by their path from the root.
 *
 * <p>Positions are kept per container: the container's own position followed by one position per
 * field or element, in order. Scalars need no entry of their own, which keeps the map small.
 *
 * <p>A map made {@link #onDemand} records nothing until a position is first asked for.
 */
public final class SourceMap {

    private final Map<JsonNode, int[]> positions;

    private final JsonNode root;

    private Supplier<SourceMap> recorder;

    private SourceMap recorded;

    SourceMap(JsonNode root, IdentityHashMap<JsonNode, int[]> positions) {
        this.root = root;
        this.positions = positions;
    }

    /** A map whose positions {@code recorder} gives, once, when one is first asked for. */
    static SourceMap onDemand(Supplier<SourceMap> recorder) {
        SourceMap map = new SourceMap(null, null);
        map.recorder = recorder;
        return map;
    }

    /**
     * The position of the node at {@code path}, a list of field names and array indexes; where the
     * path leaves the document, the position of its deepest node that exists.
     */
    public SourcePosition position(List<?> path) {
        if (positions == null) {
            return recorded().position(path);
        }
        JsonNode node = root;
        SourcePosition found = positionOf(node, -1);
        for (Object segment : path) {
            int index = indexOf(node, segment);
            if (index < 0) {
                break;
            }
            found = positionOf(node, index);
            node = segment instanceof Integer element ? node.get(element) : node.get(segment.toString());
        }
        return found;
    }

    /** The position of a JSON pointer such as {@code /spec/components/2/name}. */
    public SourcePosition position(String pointer) {
        return position(Pointers.segments(pointer));
    }

    private synchronized SourceMap recorded() {
        if (recorded == null) {
            recorded = recorder.get();
            recorder = null;
        }
        return recorded;
    }

    private SourcePosition positionOf(JsonNode container, int child) {
        int[] packed = positions.get(container);
        int at = 2 * (child + 1);
        if (packed == null || at + 1 >= packed.length) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(packed[at], packed[at + 1]);
    }

    private static int indexOf(JsonNode node, Object segment) {
        if (node == null) {
            return -1;
        }
        if (node.isArray()) {
            int index = segment instanceof Integer element ? element : parseIndex(segment.toString());
            return index >= 0 && index < node.size() ? index : -1;
        }
        if (node.isObject()) {
            String name = segment.toString();
            int index = 0;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); index++) {
                if (names.next().equals(name)) {
                    return index;
                }
            }
        }
        return -1;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }
}
