package io.liteci.plan;

/**
 * JSON text in plan.json's layout: two spaces of indent per level, {@code "name": value}, one member
 * per line, empty objects and arrays as {@code {}} and {@code []}, strings escaped as Jackson escapes
 * them by default.
 *
 * <p>Written by hand because plan.json is the largest thing the engine writes: copying whole runs of
 * plain characters into one builder is faster than a general JSON generator, and the builder keeps
 * plain text at one byte a character.
 */
final class JsonText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final String INDENT = " ".repeat(64);

    private final StringBuilder out;

    private int depth;

    /** Whether the open object or array has no member yet. */
    private boolean empty = true;

    /** Whether a member's name was written and its value is next. */
    private boolean named;

    /** A writer whose buffer starts with room for {@code capacity} characters. */
    JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsonText beginObject() {
        return open('{');
    }

    JsonText endObject() {
        return close('}');
    }

    JsonText beginArray() {
        return open('[');
    }

    JsonText endArray() {
        return close(']');
    }

    /** Starts a member of the open object; its value comes next. */
    JsonText name(String name) {
        member();
        quoted(name);
        append(':');
        append(' ');
        named = true;
        return this;
    }

    JsonText string(String value) {
        value();
        quoted(value);
        return this;
    }

    JsonText number(long value) {
        value();
        append(Long.toString(value));
        return this;
    }

    JsonText nullValue() {
        value();
        append("null");
        return this;
    }

    /** The text written, followed by a newline. */
    String text() {
        return out.append('\n').toString();
    }

    private JsonText open(char bracket) {
        value();
        append(bracket);
        depth++;
        empty = true;
        return this;
    }

    private JsonText close(char bracket) {
        depth--;
        if (!empty) {
            newLine();
        }
        append(bracket);
        empty = false;
        return this;
    }

    /** Places a value: after its name in an object, or as the next member of an array. */
    private void value() {
        if (named) {
            named = false;
        } else if (depth > 0) {
            member();
        }
    }

    private void member() {
        if (!empty) {
            append(',');
        }
        newLine();
        empty = false;
    }

    private void newLine() {
        append('\n');
        for (int spaces = 2 * depth; spaces > 0; spaces -= INDENT.length()) {
            out.append(INDENT, 0, Math.min(spaces, INDENT.length()));
        }
    }

    private void quoted(String text) {
        append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\') {
                append(text, plain, i);
                escape(c);
                plain = i + 1;
            }
        }
        append(text, plain, text.length());
        append('"');
    }

    private void escape(char c) {
        append('\\');
        switch (c) {
            case '"', '\\' -> append(c);
            case '\b' -> append('b');
            case '\t' -> append('t');
            case '\n' -> append('n');
            case '\f' -> append('f');
            case '\r' -> append('r');
            default -> {
                append("u00");
                append(HEX[c >> 4]);
                append(HEX[c & 0xF]);
            }
        }
    }

    private void append(char c) {
        out.append(c);
    }

    private void append(String text) {
        out.append(text);
    }

    private void append(String text, int from, int to) {
        out.append(text, from, to);
    }
}
