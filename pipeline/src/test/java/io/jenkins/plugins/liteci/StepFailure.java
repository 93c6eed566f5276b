package io.jenkins.plugins.liteci;

/** Stands in for the AbortException that a failing sh or error step throws. */
public final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public StepFailure(String message) {
        super(message);
    }
}
