package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.load.ModelRegistry;
import io.liteci.model.Binding;
import io.liteci.model.Durations;
import io.liteci.model.Job;
import io.liteci.model.Model;
import io.liteci.model.Step;
import io.liteci.problem.Suggestions;
import io.liteci.schema.InputSchema;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code liteci model NAME}: shows one model in full.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Shows one model: its jobs and steps, its binding and its inputs.")
final class ModelCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ModelOptions options;

    @Parameters(paramLabel = "NAME", description = "The model's name, as used for a component's type.")
    private String name;

    @Override
    public Integer call() {
        Engine engine = options.engine();
        ModelRegistry registry = engine.registry();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Model> model = registry.model(name);
        if (model.isEmpty()) {
            Reports.registry(registry, err);
            err.println("error: " + (registry.broken().containsKey(name)
                    ? "model '" + name + "' could not be loaded from " + registry.broken().get(name)
                    : "unknown model '" + name + "'." + Suggestions.didYouMean(name, registry.names())
                            + " Known models: " + String.join(", ", registry.names())));
            return ExitCode.INVALID_INPUT;
        }
        print(model.get(), spec.commandLine().getOut());
        return Reports.registry(registry, err);
    }

    private static void print(Model model, PrintWriter out) {
        out.println("Model " + model.name() + " " + model.version());
        out.println("  from: " + model.origin() + model.overrides().map(o -> " (overrides " + o + ")").orElse(""));
        Binding binding = model.binding();
        out.println("  binding: " + binding.name() + (binding.origin().isEmpty() ? " (none written: every job,"
                + " any platform)" : " (" + binding.origin() + ")"));
        out.println("    platforms: " + (binding.platforms().isEmpty() ? "any" : String.join(", ", binding.platforms())));
        out.println("    minVersion: " + binding.minVersion().map(Object::toString).orElse("none"));
        out.println("    default job: " + model.defaultJob());
        out.println();
        out.println("Jobs:");
        model.jobs().forEach(job -> printJob(model, job, out));
        out.println("Inputs:");
        for (InputSchema.Input input : model.inputs().inputs()) {
            out.printf("  %-16s %-10s %-9s %s%s%n", input.name(), input.type(), input.required() ? "required" : "",
                    input.defaultValue().map(value -> "(default " + value + ") ").orElse(""), input.description());
        }
        out.flush();
    }

    private static void printJob(Model model, Job job, PrintWriter out) {
        String marks = (job.name().equals(model.defaultJob()) ? " (default)" : "")
                + (model.offers(job.name()) ? "" : " (not available under the binding)");
        out.println("  " + job.name() + marks + (job.description().isEmpty() ? "" : ": " + job.description()));
        if (!job.labels().isEmpty()) {
            out.println("    labels: " + labels(job.labels()));
        }
        job.timeout().ifPresent(timeout -> out.println("    timeout: " + Durations.format(timeout)));
        int number = 1;
        for (Step step : job.steps()) {
            out.printf("    %d. %s  (timeout %s, retries %d, onFailure %s)%n", number++, step.name(),
                    Durations.format(step.timeout()), step.retries(), step.onFailure().word());
            out.println("       " + step.command().text().strip().replace("\n", "\n       "));
        }
        out.println();
    }

    private static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
