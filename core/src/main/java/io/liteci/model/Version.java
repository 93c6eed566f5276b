package io.liteci.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version, compared on its major, minor and patch numbers.
 *
 * <p>A pre-release such as {@code 0.2.0-SNAPSHOT} satisfies a minimum of {@code 0.2.0}: a development
 * build of a version is taken to offer what that version offers.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 * @param text the version as written
 */
public record Version(int major, int minor, int patch, String text) implements Comparable<Version> {

    private static final Pattern FORM = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)(?:-[0-9A-Za-z.-]+)?$");

    private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
            .thenComparingInt(Version::minor)
            .thenComparingInt(Version::patch);

    /** The version written as {@code text}, if it is a semantic version. */
    public static Optional<Version> parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Version(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)), text));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(Version other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
