package io.liteci.load;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The files of one model directory.
 *
 * @param name the directory's name, which is the model's name
 * @param directory the directory's path, shown as where the model comes from
 * @param files the files read from it
 * @param unreadable the names of the files it holds that could not be read, whose problems are the
 *     location's
 */
public record ModelFiles(String name, String directory, List<SourceFile> files, List<String> unreadable)
        implements Serializable {

    /** The job registry's file name. */
    public static final String JOBS = "job.yaml";

    /** The input schema's file name. */
    public static final String SCHEMA = "schema.yaml";

    /** The optional binding's file name. */
    public static final String BINDING = "binding.yaml";

    public ModelFiles {
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
    }

    /** The file of that name, if the directory has it. */
    public Optional<SourceFile> file(String fileName) {
        return files.stream().filter(file -> file.path().endsWith("/" + fileName)).findFirst();
    }
}
