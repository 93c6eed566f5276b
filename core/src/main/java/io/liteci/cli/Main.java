package io.liteci.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code liteci} command line: lists models, validates and plans intents, draws their graphs.
 */
@Command(name = "liteci", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plans platform component models for an intent, as LiteCI's Jenkins plugin does.",
        subcommands = {ModelsCommand.class, ModelCommand.class, ValidateCommand.class, PlanCommand.class,
                GraphCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status: 0 success, 1 invalid input, 2 usage error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
