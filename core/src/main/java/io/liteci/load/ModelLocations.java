package io.liteci.load;

import io.liteci.problem.FileFailure;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads model locations from directories, and the models bundled with LiteCI from the class path.
 */
public final class ModelLocations {

    private static final String BUNDLED_RESOURCE = "/liteci/component-models";

    private static final List<String> MODEL_FILES = List.of(ModelFiles.JOBS, ModelFiles.SCHEMA,
            ModelFiles.BINDING);

    private ModelLocations() {
    }

    /** Reads a directory of models; a missing or unreadable directory gives a problem, not an exception. */
    public static ModelLocation read(Path directory, Limits limits) {
        String origin = directory.toString();
        if (!Files.isDirectory(directory)) {
            return new ModelLocation(origin, List.of(), List.of(), List.of(Problem.general(
                    "model location '" + origin + "' is not a directory")));
        }
        return new Reader(origin, limits).read(directory, origin);
    }

    /** The models shipped with LiteCI, read once. */
    public static ModelLocation bundled() {
        return Bundled.LOCATION;
    }

    private static final class Bundled {

        static final ModelLocation LOCATION = load();

        private static ModelLocation load() {
            URL url = ModelLocations.class.getResource(BUNDLED_RESOURCE);
            if (url == null) {
                return new ModelLocation(ModelLocation.BUNDLED, List.of(), List.of(), List.of());
            }
            try {
                URI uri = url.toURI();
                if (!"jar".equals(uri.getScheme())) {
                    return new Reader(ModelLocation.BUNDLED, Limits.DEFAULT).read(Path.of(uri), "bundled:");
                }
                return readJar(uri);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled models", e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the bundled models", e);
            }
        }

        private static ModelLocation readJar(URI uri) throws IOException {
            FileSystem jar;
            boolean opened;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException open) {
                jar = FileSystems.getFileSystem(uri);
                opened = false;
            }
            try {
                return new Reader(ModelLocation.BUNDLED, Limits.DEFAULT).read(jar.provider().getPath(uri), "bundled:");
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        }
    }

    /** Reads one location's tree. */
    private static final class Reader {

        private final String origin;

        private final Limits limits;

        private final List<Problem> problems = new ArrayList<>();

        Reader(String origin, Limits limits) {
            this.origin = origin;
            this.limits = limits;
        }

        ModelLocation read(Path root, String displayRoot) {
            List<ModelFiles> models = new ArrayList<>();
            List<SourceFile> bindings = new ArrayList<>();
            boolean unreadableBindings = false;
            try (Stream<Path> children = Files.list(root)) {
                for (Path child : children.sorted(Comparator.comparing(Reader::nameOf)).toList()) {
                    String name = nameOf(child);
                    if (name.startsWith(".")) {
                        continue;
                    }
                    String display = join(displayRoot, name);
                    if (Files.isDirectory(child)) {
                        models.add(files(name, child, display));
                    } else if (name.equals(ModelLocation.BINDINGS)) {
                        Optional<SourceFile> file = readRegular(child, display);
                        file.ifPresent(bindings::add);
                        unreadableBindings = file.isEmpty();
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.general("cannot list model location '" + origin + "': "
                        + FileFailure.reason(e)));
            }
            return new ModelLocation(origin, models, bindings, problems, unreadableBindings);
        }

        private ModelFiles files(String model, Path directory, String display) {
            List<SourceFile> files = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            for (String name : MODEL_FILES) {
                Path file = directory.resolve(name);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    readRegular(file, display + "/" + name)
                            .ifPresentOrElse(files::add, () -> unreadable.add(name));
                }
            }
            return new ModelFiles(model, display, files, unreadable);
        }

        /** The file's text, or empty with a problem when it is no regular file or cannot be read. */
        private Optional<SourceFile> readRegular(Path file, String display) {
            if (!Files.isRegularFile(file)) {
                problems.add(FileFailure.unreadable(display,
                        Files.exists(file) ? "not a regular file" : "a link to nothing"));
                return Optional.empty();
            }
            return readFile(file, display);
        }

        private Optional<SourceFile> readFile(Path file, String display) {
            try {
                long size = Files.size(file);
                if (size > limits.maxFileBytes()) {
                    problems.add(FileFailure.tooLarge(display, size, limits.maxFileBytes()));
                    return Optional.empty();
                }
                return Optional.of(new SourceFile(display,
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(FileFailure.unreadable(display, e));
                return Optional.empty();
            }
        }

        private static String nameOf(Path path) {
            Path name = path.getFileName();
            return name == null ? "" : name.toString().replaceAll("/$", "");
        }

        private static String join(String root, String name) {
            return root.endsWith("/") || root.endsWith(":") ? root + name : root + "/" + name;
        }
    }
}
