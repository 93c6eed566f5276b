package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.load.ModelRegistry;
import io.liteci.model.Job;
import io.liteci.model.Model;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code liteci models}: lists every model with its jobs and where it was loaded from.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Lists every model with its jobs (* marks the default) and where it comes from.")
final class ModelsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ModelOptions options;

    @Override
    public Integer call() {
        Engine engine = options.engine();
        ModelRegistry registry = engine.registry();
        PrintWriter out = spec.commandLine().getOut();
        int width = registry.names().stream().mapToInt(String::length).max().orElse(5);
        for (Model model : registry.list()) {
            out.printf("%-" + width + "s  %-8s  %s%n", model.name(), model.version(), model.origin()
                    + model.overrides().map(origin -> " (overrides " + origin + ")").orElse(""));
            out.printf("%-" + width + "s  jobs: %s%n", "", jobs(model));
        }
        for (Map.Entry<String, String> broken : registry.broken().entrySet()) {
            out.printf("%-" + width + "s  %-8s  %s (not loaded, see the problems)%n", broken.getKey(), "-",
                    broken.getValue());
        }
        return Reports.registry(registry, spec.commandLine().getErr());
    }

    /** The model's available jobs, the default marked with a star, and the unavailable ones in brackets. */
    static String jobs(Model model) {
        String defaultJob = model.defaultJob();
        return model.jobs().stream()
                .map(Job::name)
                .map(name -> !model.offers(name) ? "(" + name + ")" : name.equals(defaultJob) ? name + "*" : name)
                .collect(Collectors.joining(", "));
    }
}
