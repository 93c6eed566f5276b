package io.liteci.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, for "did you mean" hints.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known name nearest to {@code unknown}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String unknown, Collection<String> known) {
        int allowed = Math.max(1, unknown.length() / 3);
        return known.stream()
                .filter(name -> distance(unknown.toLowerCase(), name.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt((String name) -> distance(unknown, name))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A sentence " Did you mean 'x'?" when a close name exists, else the empty string. */
    public static String didYouMean(String unknown, Collection<String> known) {
        return closest(unknown, known).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
