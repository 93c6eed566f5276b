package io.liteci.cli;

import io.liteci.load.ModelRegistry;
import java.io.PrintWriter;

/**
 * Prints what loading the models found, and turns it into an exit status.
 */
final class Reports {

    private Reports() {
    }

    /** Prints the registry's notes and problems on {@code err}; invalid input when there are problems. */
    static int registry(ModelRegistry registry, PrintWriter err) {
        registry.notes().forEach(note -> err.println("note: " + note));
        registry.problems().forEach(problem -> err.println("error: " + problem));
        err.flush();
        return registry.problems().isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
