package io.liteci.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations written with their unit, such as {@code 90s}, {@code 5m} or {@code 1h30m}.
 *
 * <p>A bare number is refused: Jenkins reads one as minutes and other tools as seconds, so the unit
 * is always written.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$");

    private Durations() {
    }

    /** The duration written as {@code text}, if it is a positive duration in that form. */
    public static Optional<Duration> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (text.isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.ofHours(part(matcher.group(1)))
                    .plusMinutes(part(matcher.group(2)))
                    .plusSeconds(part(matcher.group(3)));
            return duration.isZero() ? Optional.empty() : Optional.of(duration);
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    /** Writes a duration back in the same form, e.g. {@code 1h30m}. */
    public static String format(Duration duration) {
        StringBuilder text = new StringBuilder();
        if (duration.toHours() > 0) {
            text.append(duration.toHours()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0 || text.isEmpty()) {
            text.append(duration.toSecondsPart()).append('s');
        }
        return text.toString();
    }

    /** The message for a number written without a unit. */
    public static String bareNumberMessage(String number, String field) {
        return "'" + field + "' is the bare number " + number + "; write it with its unit, such as '"
                + number + "s' or '" + number + "m' (Jenkins reads a bare number as minutes, other tools"
                + " as seconds)";
    }

    /** The message for text that is not a duration. */
    public static String malformedMessage(String text, String field) {
        return "'" + field + "' is '" + text + "', which is not a duration; write hours, minutes and seconds"
                + " with their units, such as '90s', '5m' or '1h30m'";
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
