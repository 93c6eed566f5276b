package io.liteci.cli;

/**
 * The exit statuses of the command line.
 */
final class ExitCode {

    /** Everything went well. */
    static final int OK = 0;

    /** The input (models, intent) is invalid, or a file cannot be read or written. */
    static final int INVALID_INPUT = 1;

    private ExitCode() {
    }
}
