package io.liteci.model;

import java.util.regex.Pattern;

/**
 * Quotes values for a POSIX shell so that they are read as one word and never as syntax.
 */
public final class ShellQuoting {

    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z0-9_./:@%+=,-]+$");

    private ShellQuoting() {
    }

    /** The value as one shell word: as it is when it holds only plain characters, else single-quoted. */
    public static String quote(String value) {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }
}
