package io.jenkins.plugins.liteci;

import java.io.Serializable;
import java.util.List;

/**
 * Stands in for FlowInterruptedException: a user abort, or a timeout that fired. Like the real one it is an
 * actual interruption until the timeout step that caused it marks it otherwise on its way out.
 */
public final class FakeInterruption extends InterruptedException {

    private static final long serialVersionUID = 1L;

    private final Integer firedTimeoutSeconds;

    private boolean actualInterruption = true;

    private FakeInterruption(String message, Integer firedTimeoutSeconds) {
        super(message);
        this.firedTimeoutSeconds = firedTimeoutSeconds;
    }

    /** The build was aborted by a user. */
    public static FakeInterruption userAbort() {
        return new FakeInterruption(null, null);
    }

    /** The timeout step with this many seconds fired. */
    public static FakeInterruption timeout(int seconds) {
        return new FakeInterruption(null, seconds);
    }

    /** Whether this is an interruption that steps such as retry and catchError must let through. */
    public static boolean isActual(Throwable failure) {
        return failure instanceof FakeInterruption interruption && interruption.isActualInterruption();
    }

    /** What interrupted, in the words of the real causes: the timeout step's, or a user's abort. */
    public List<Cause> getCauses() {
        return List.of(new Cause(firedTimeoutSeconds == null ? "Aborted by a user" : "Timeout has been exceeded"));
    }

    public boolean isActualInterruption() {
        return actualInterruption;
    }

    /** Called by a timeout step on the way out: the interruption it caused is no longer an actual one. */
    public void leaveTimeout(Number seconds) {
        if (firedTimeoutSeconds != null && firedTimeoutSeconds == seconds.intValue()) {
            actualInterruption = false;
        }
    }

    /** How the call tree shows the step this was thrown from. */
    public String describe() {
        return firedTimeoutSeconds == null ? "aborted" : "timed out after " + firedTimeoutSeconds + " s";
    }

    /** Stands in for CauseOfInterruption. */
    public record Cause(String shortDescription) implements Serializable {

        public String getShortDescription() {
            return shortDescription;
        }
    }
}
