package io.jenkins.plugins.liteci.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies maps and lists into {@link LinkedHashMap}s and {@link ArrayList}s, so that what crosses the agent
 * channel and what the Pipeline program keeps holds only classes both accept and can change.
 */
final class PlainData {

    private PlainData() {
    }

    /** A deep copy of a map whose values are maps, lists, strings, numbers, booleans or nulls. */
    static Map<String, Object> copy(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, value(value)));
        return copy;
    }

    private static Object value(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), value(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(value(item)));
            return copy;
        }
        return value;
    }
}
