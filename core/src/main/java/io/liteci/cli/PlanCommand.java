package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.plan.Plan;
import io.liteci.plan.PlanJson;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.PlannedJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liteci plan}: plans an intent and writes plan.json.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plans an intent and writes plan.json; nothing is written when the intent is invalid.")
final class PlanCommand extends IntentCommand {

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "plan.json",
            description = "Where to write the plan (default: ${DEFAULT-VALUE}); - writes it to stdout.")
    private String out;

    @Option(names = "--job", paramLabel = "NAME",
            description = "Run this job for every component whose model offers it.")
    private String job;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Plan only these components and everything they depend on.")
    private List<String> only = new ArrayList<>();

    @Override
    PlanOptions options() {
        return new PlanOptions(Optional.ofNullable(job), only);
    }

    @Override
    int run(Plan plan, Engine engine) throws IOException {
        if (out.equals("-")) {
            PlanJson.write(plan, out());
            return ExitCode.OK;
        }
        PlanJson.write(plan, Path.of(out));
        long models = plan.jobs().stream().map(PlannedJob::type).distinct().count();
        out().println("Planned " + plan.jobs().size() + " jobs for intent " + plan.intent() + " from " + models
                + (models == 1 ? " model" : " models") + " in " + plan.levels().size() + " levels into " + out);
        return ExitCode.OK;
    }
}
