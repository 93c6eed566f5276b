package io.liteci.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a location of many models, each a variation of a bundled one under a name of its own: its
 * own name and version in job.yaml, a label of its own on every job, its own schema title and binding.
 */
public final class ModelSetGenerator {

    private static final List<String> FILES = List.of("job.yaml", "schema.yaml", "binding.yaml");

    private ModelSetGenerator() {
    }

    /** Writes {@code count} model directories into {@code location}; returns their names in order. */
    public static List<String> write(Path location, int count) throws IOException {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = IntentGenerator.TYPES.get(i % IntentGenerator.TYPES.size());
            String name = String.format("%s-%03d", base, i);
            Path directory = Files.createDirectories(location.resolve(name));
            for (String file : FILES) {
                Files.writeString(directory.resolve(file), vary(bundled(base, file), base, name, i));
            }
            names.add(name);
        }
        return names;
    }

    /** One bundled model file, from the engine's class path. */
    static String bundled(String model, String file) {
        String resource = "/liteci/component-models/" + model + "/" + file;
        try (InputStream in = io.liteci.Engine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the engine jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String vary(String text, String base, String name, int variant) {
        return text.replaceAll("(?m)^  name: " + base + "$", "  name: " + name)
                .replaceAll("(?m)^  model: " + base + "$", "  model: " + name)
                .replace("version: \"1.0.0\"", "version: \"1." + variant + ".0\"")
                .replace("labels: {", "labels: {variant: \"" + variant + "\", ")
                .replace("title: " + base + " component inputs", "title: " + name + " component inputs");
    }
}
