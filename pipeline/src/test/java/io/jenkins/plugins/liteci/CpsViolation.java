package io.jenkins.plugins.liteci;

import java.io.NotSerializableException;
import java.util.List;
import java.util.stream.Collectors;

/** The program could not be saved at a step call, so Jenkins could not pause or resume it there. */
public final class CpsViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    CpsViolation(Object pausedAt, NotSerializableException cause, List<StackTraceElement> where) {
        super("Program state is not serializable at " + pausedAt + ": " + cause.getMessage()
                + "\nThe program was paused at:\n"
                + where.stream().map(element -> "\tat " + element).collect(Collectors.joining("\n")), cause);
    }
}
