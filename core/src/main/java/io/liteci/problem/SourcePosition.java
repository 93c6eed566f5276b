package io.liteci.problem;

import java.io.Serializable;

/**
 * A 1-based line and column in a source file; {@link #UNKNOWN} when the position is not known.
 */
public record SourcePosition(int line, int column) implements Serializable {

    /** The position of something that has none. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
