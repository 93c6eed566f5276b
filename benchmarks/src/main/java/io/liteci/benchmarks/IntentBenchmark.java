package io.liteci.benchmarks;

import io.liteci.Engine;
import io.liteci.load.IntentReader;
import io.liteci.load.ModelLocations;
import io.liteci.load.ParsedIntent;
import io.liteci.model.Component;
import io.liteci.plan.Plan;
import io.liteci.plan.PlanJson;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.plan.Planner;
import io.liteci.problem.Problems;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validating, planning and writing generated intents of growing size against the bundled models, each
 * stage alone and end to end, beside the baseline of parsing the intent and checking its inputs.
 */
@State(Scope.Benchmark)
public class IntentBenchmark extends Measured {

    /** The seed every workload is generated from. */
    public static final long SEED = 20_240_601L;

    @Param({"100", "1000", "10000", "50000"})
    public int components;

    private Path directory;

    private Path intentFile;

    private Path planFile;

    private byte[] intent;

    private Engine engine;

    private ParsedIntent parsed;

    private Plan plan;

    private Baseline baseline;

    /** Writes the intent to a file and checks once that every stage succeeds on it. */
    @Setup(Level.Trial)
    public void writeWorkload() throws IOException {
        directory = Files.createTempDirectory("liteci-intent-");
        intentFile = Files.writeString(directory.resolve("intent-" + components + ".yaml"),
                new IntentGenerator(SEED).intent(components));
        intent = Files.readAllBytes(intentFile);
        planFile = directory.resolve("plan.json");
        engine = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT);
        parsed = read(new Problems());
        Planned planned = engine.plan(intentFile.toString(), intent, PlanOptions.NONE);
        plan = planned.plan().orElseThrow(() -> new IllegalStateException("the generated intent does not plan: "
                + planned.problems().subList(0, Math.min(5, planned.problems().size()))));
        baseline = new Baseline(intent.length + 1);
        if (validate() != 0 || baseline.check(intent) != 0) {
            throw new IllegalStateException("the generated intent has invalid inputs");
        }
    }

    /** Removes the workload's files. */
    @TearDown(Level.Trial)
    public void deleteWorkload() throws IOException {
        Files.deleteIfExists(intentFile);
        Files.deleteIfExists(planFile);
        Files.deleteIfExists(directory);
    }

    /** Reads the intent (YAML with positions, the intent format) and checks every component's inputs. */
    @Benchmark
    public int validate() {
        Problems problems = new Problems();
        ParsedIntent read = read(problems);
        for (Component component : read.intent().components()) {
            problems.addAll(engine.registry().model(component.type()).orElseThrow().inputs().check(
                    read.document(), List.of("spec", "components", component.index(), "inputs"),
                    component.inputs()));
        }
        return problems.size();
    }

    /** Plans the intent already read: inputs, jobs, placeholders, order and levels. */
    @Benchmark
    public Planned plan() {
        return new Planner(engine.registry(), Engine.version()).plan(parsed, PlanOptions.NONE);
    }

    /** Writes the plan already made to plan.json, as the command line does. */
    @Benchmark
    public void write() throws IOException {
        PlanJson.write(plan, planFile);
    }

    /** What {@code liteci plan} does once the models are loaded: read the file, plan, write plan.json. */
    @Benchmark
    public void endToEnd() throws IOException {
        byte[] content = Files.readAllBytes(intentFile);
        Planned planned = engine.plan(intentFile.toString(), content, PlanOptions.NONE);
        PlanJson.write(planned.plan().orElseThrow(), planFile);
    }

    /** Reads the file, parses it into a Jackson tree and validates each component's inputs. */
    @Benchmark
    public int baseline() throws IOException {
        return baseline.check(Files.readAllBytes(intentFile));
    }

    private ParsedIntent read(Problems problems) {
        Optional<ParsedIntent> read = new IntentReader(new YamlReader(Limits.DEFAULT))
                .read(intentFile.toString(), intent, problems);
        return read.orElseThrow(() -> new IllegalStateException("the generated intent cannot be read: "
                + problems.list()));
    }
}
