package io.liteci.model;

/**
 * Quotes values for a POSIX shell so that they are read as one word and never as syntax.
 */
public final class ShellQuoting {

    /** The characters besides ASCII letters and digits that a shell reads as part of a plain word. */
    private static final String PLAIN_PUNCTUATION = "_./:@%+=,-";

    private ShellQuoting() {
    }

    /** The value as one shell word: as it is when it holds only plain characters, else single-quoted. */
    public static String quote(String value) {
        if (isPlain(value)) {
            return value;
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    // A loop rather than a regular expression: planning quotes every substituted value of every step.
    private static boolean isPlain(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
