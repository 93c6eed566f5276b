package io.liteci.cli;

import io.liteci.problem.FileFailure;
import java.io.IOException;
import java.nio.file.FileSystemException;
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

    /** Runs the command line and exits with its status: 0 success, 1 invalid input or files, 2 usage error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, which reports a file it cannot read or write in one line rather than a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((failure, command, parsed) -> {
            if (!(failure instanceof IOException io)) {
                throw failure;
            }
            String file = io instanceof FileSystemException named && named.getFile() != null
                    ? named.getFile() + ": " : "";
            command.getErr().println("error: " + file + FileFailure.reason(io));
            return ExitCode.INVALID_INPUT;
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
