package io.liteci.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON pointers (RFC 6901), the paths by which problems name a place in a document.
 */
public final class Pointers {

    private Pointers() {
    }

    /** Splits a pointer into its unescaped segments; numeric segments become integers. */
    public static List<Object> segments(String pointer) {
        List<Object> segments = new ArrayList<>();
        if (pointer.isEmpty() || pointer.equals("/")) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            segments.add(isIndex(segment) ? (Object) Integer.valueOf(segment) : segment);
        }
        return segments;
    }

    /** Joins segments into a pointer. */
    public static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
