package io.liteci.problem;

import java.io.Serializable;

/**
 * One thing wrong with the input, with where it was found and what was expected.
 *
 * @param file the file the problem is in, or empty when it concerns no single file
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param component the intent component concerned, or empty
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String component, String message)
        implements Serializable {

    public Problem {
        file = file == null ? "" : file;
        component = component == null ? "" : component;
    }

    /** A problem in a file at a known position. */
    public static Problem at(String file, SourcePosition position, String message) {
        return new Problem(file, position.line(), position.column(), "", message);
    }

    /** A problem that concerns no particular file. */
    public static Problem general(String message) {
        return new Problem("", 0, 0, "", message);
    }

    /** The same problem, attributed to a component of the intent. */
    public Problem forComponent(String name) {
        return new Problem(file, line, column, name, message);
    }

    /** Renders the problem as {@code file:line:column: component 'c': message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!file.isEmpty()) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (!component.isEmpty()) {
            text.append("component '").append(component).append("': ");
        }
        return text.append(message).toString();
    }
}
