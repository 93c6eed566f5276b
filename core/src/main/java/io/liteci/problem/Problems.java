package io.liteci.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while loading and planning, so that all of them are reported at once.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Records a problem. */
    public void add(Problem problem) {
        found.add(problem);
    }

    /** Records all the given problems. */
    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    /** Whether no problem has been recorded. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The number of problems recorded so far. */
    public int size() {
        return found.size();
    }

    /** The problems in the order they were found. */
    public List<Problem> list() {
        return List.copyOf(found);
    }
}
