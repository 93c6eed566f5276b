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
        int allowed = unknown.length() <= 3 ? 1 : (unknown.length() + 1) / 2;
        return known.stream()
                .filter(name -> distance(unknown.toLowerCase(), name.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt((String name) -> distance(unknown.toLowerCase(), name.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A sentence " Did you mean 'x'?" when a close name exists, else the empty string. */
    public static String didYouMean(String unknown, Collection<String> known) {
        return closest(unknown, known).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one each. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
