package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.plan.Plan;
import picocli.CommandLine.Command;

/**
 * {@code liteci validate}: checks an intent against the models without writing anything.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks an intent against the models and reports every problem.")
final class ValidateCommand extends IntentCommand {

    @Override
    int run(Plan plan, Engine engine) {
        out().println("Intent " + plan.intent() + " is valid: " + plan.jobs().size() + " components in "
                + plan.levels().size() + " levels");
        return ExitCode.OK;
    }
}
