package io.jenkins.plugins.liteci.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The fixtures beside the tests, copied to a directory of the test's own: the models {@code helm}
 * (overriding the bundled one), {@code webapp} (with HTML in its texts) and {@code broken} (a bare-number
 * timeout), and {@code bindings} (a location holding only a job-bindings.yaml).
 */
final class TestModels {

    private TestModels() {
    }

    /** Copies the named test models into {@code directory} and returns it. */
    static Path copyTo(Path directory, String... models) {
        for (String model : models) {
            copyTree(resource("models/" + model), directory.resolve(model));
        }
        return directory;
    }

    /** Copies the location that holds only bindings into {@code directory} and returns it. */
    static Path copyBindingsTo(Path directory) {
        copyTree(resource("bindings"), directory);
        return directory;
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = Objects.requireNonNull(TestModels.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
