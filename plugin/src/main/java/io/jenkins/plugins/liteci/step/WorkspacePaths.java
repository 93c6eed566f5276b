package io.jenkins.plugins.liteci.step;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves paths that a Pipeline script names inside the workspace, refusing any that could lead out of it:
 * absolute paths, {@code ..} segments, and symbolic links whose target lies outside.
 */
final class WorkspacePaths {

    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path root;

    /** Paths inside the given workspace, which must exist. */
    WorkspacePaths(Path workspace) throws IOException {
        this.root = workspace.toRealPath();
    }

    /** The regular file {@code value} names, or empty with a problem recorded. */
    Optional<Path> file(String parameter, String value, List<String> problems) throws IOException {
        return existing(parameter, value, problems, Files::isRegularFile, "a file");
    }

    /**
     * The directory {@code value} names, or empty with a problem recorded. Its entries and theirs are checked
     * too, since the models inside are read through them.
     */
    Optional<Path> directory(String parameter, String value, List<String> problems) throws IOException {
        Optional<Path> path = existing(parameter, value, problems, Files::isDirectory, "a directory");
        if (path.isEmpty()) {
            return path;
        }
        try (Stream<Path> entries = Files.walk(path.get(), 2, FileVisitOption.FOLLOW_LINKS)) {
            for (Path entry : entries.toList()) {
                boolean dangling = Files.isSymbolicLink(entry) && !Files.exists(entry);
                if (!dangling && !inside(entry)) {
                    problems.add(parameter + " '" + value + "' holds " + path.get().relativize(entry)
                            + ", a symbolic link that leads outside the workspace");
                    return Optional.empty();
                }
            }
        }
        return path;
    }

    /**
     * Where a file may be written at {@code value}: inside the workspace, through no link that leads out of it,
     * and not a directory.
     */
    Optional<Path> target(String parameter, String value, List<String> problems) throws IOException {
        Optional<Path> path = normalized(parameter, value, problems);
        if (path.isEmpty()) {
            return path;
        }
        Path existing = path.get();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!inside(existing)) {
            problems.add(parameter + " '" + value + "' leads outside the workspace through a symbolic link");
            return Optional.empty();
        }
        if (Files.isDirectory(path.get())) {
            problems.add(parameter + " '" + value + "' is a directory");
            return Optional.empty();
        }
        return path;
    }

    private Optional<Path> existing(String parameter, String value, List<String> problems, Predicate<Path> kind,
            String kindName) throws IOException {
        Optional<Path> path = normalized(parameter, value, problems);
        if (path.isEmpty()) {
            return path;
        }
        if (!Files.exists(path.get())) {
            problems.add(parameter + " '" + value + "' does not exist in the workspace");
        } else if (!inside(path.get())) {
            problems.add(parameter + " '" + value + "' leads outside the workspace through a symbolic link");
        } else if (!kind.test(path.get())) {
            problems.add(parameter + " '" + value + "' is not " + kindName);
        } else {
            return path;
        }
        return Optional.empty();
    }

    /** The path without following links, if it is relative and has no {@code ..}. */
    private Optional<Path> normalized(String parameter, String value, List<String> problems) {
        if (value.isBlank()) {
            problems.add(parameter + " is empty; give a path relative to the workspace");
            return Optional.empty();
        }
        if (value.startsWith("/") || value.startsWith("\\") || DRIVE.matcher(value).matches()) {
            problems.add(parameter + " '" + value + "' is absolute; give a path relative to the workspace");
            return Optional.empty();
        }
        if (SEPARATORS.splitAsStream(value).anyMatch(".."::equals)) {
            problems.add(parameter + " '" + value + "' contains '..'; give a path inside the workspace");
            return Optional.empty();
        }
        try {
            Path path = root.resolve(value).normalize();
            if (path.isAbsolute() && path.startsWith(root)) {
                return Optional.of(path);
            }
        } catch (InvalidPathException e) {
            problems.add(parameter + " '" + value + "' is not a valid path: " + e.getReason());
            return Optional.empty();
        }
        problems.add(parameter + " '" + value + "' is not inside the workspace");
        return Optional.empty();
    }

    /** Whether the path, with every link resolved, stays in the workspace; a dangling link counts as leaving. */
    private boolean inside(Path path) throws IOException {
        try {
            return path.toRealPath().startsWith(root);
        } catch (NoSuchFileException dangling) {
            return false;
        }
    }
}
