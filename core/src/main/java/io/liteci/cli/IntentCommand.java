package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.plan.Plan;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that reads and plans an intent, printing every problem on stderr.
 */
abstract class IntentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions models;

    @Option(names = "--intent", required = true, paramLabel = "FILE", description = "The intent to plan.")
    Path intent;

    /** What to plan besides the intent; all of it by default. */
    PlanOptions options() {
        return PlanOptions.NONE;
    }

    /** Does the command's work with a valid plan. */
    abstract int run(Plan plan, Engine engine) throws IOException;

    @Override
    public final Integer call() throws IOException {
        Engine engine = models.engine();
        PrintWriter err = spec.commandLine().getErr();
        engine.registry().notes().forEach(note -> err.println("note: " + note));
        engine.registry().problems().forEach(problem -> err.println("warning: " + problem));
        Planned planned = engine.plan(intent, intent.toString(), options());
        if (planned.plan().isEmpty()) {
            report(planned.problems(), err);
            return ExitCode.INVALID_INPUT;
        }
        return run(planned.plan().get(), engine);
    }

    private static void report(List<Problem> problems, PrintWriter err) {
        problems.forEach(problem -> err.println("error: " + problem));
        err.println(problems.size() == 1 ? "1 problem found; nothing was written"
                : problems.size() + " problems found; nothing was written");
    }

    /** Where results go. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
