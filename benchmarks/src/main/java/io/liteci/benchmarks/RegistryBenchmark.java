package io.liteci.benchmarks;

import io.liteci.Engine;
import io.liteci.load.ModelLocations;
import io.liteci.load.ModelRegistry;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading a registry of 200 generated models from a directory: reading the files, parsing and checking
 * them, compiling each input schema and checking each job's placeholders against it.
 */
@State(Scope.Benchmark)
public class RegistryBenchmark extends Measured {

    /** How many models the location holds. */
    public static final int MODELS = 200;

    private Path location;

    /** Writes the models and checks once that all of them load. */
    @Setup(Level.Trial)
    public void writeModels() throws IOException {
        location = Files.createTempDirectory("liteci-models-");
        ModelSetGenerator.write(location, MODELS);
        ModelRegistry registry = load();
        if (registry.models().size() != MODELS || !registry.problems().isEmpty()) {
            throw new IllegalStateException("the generated models do not all load: " + registry.problems());
        }
    }

    /** Removes the models' files. */
    @TearDown(Level.Trial)
    public void deleteModels() throws IOException {
        try (Stream<Path> paths = Files.walk(location)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Reads the location and loads its models into a registry. */
    @Benchmark
    public ModelRegistry load() {
        return Engine.load(List.of(ModelLocations.read(location, Limits.DEFAULT)), Limits.DEFAULT).registry();
    }
}
