package io.liteci.load;

import io.liteci.problem.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * A directory of models as read: one sub-directory per model, and bindings at its root.
 *
 * <p>A location is read once and holds the files' text, so it can be sent to an agent and loaded there.
 *
 * @param origin the location's path, or {@code bundled} for the models shipped with LiteCI
 * @param models the model directories, by name
 * @param bindingFiles the root's {@code job-bindings.yaml}, if present
 * @param problems what went wrong reading it
 * @param bindingsUnreadable whether the root has a {@code job-bindings.yaml} that could not be read, so
 *     that no model loaded so far may be used without the bindings it may hold
 */
public record ModelLocation(String origin, List<ModelFiles> models, List<SourceFile> bindingFiles,
        List<Problem> problems, boolean bindingsUnreadable) implements Serializable {

    /** The multi-document binding file read at a location's root. */
    public static final String BINDINGS = "job-bindings.yaml";

    /** The origin of the bundled models. */
    public static final String BUNDLED = "bundled";

    public ModelLocation {
        models = List.copyOf(models);
        bindingFiles = List.copyOf(bindingFiles);
        problems = List.copyOf(problems);
    }

    /** A location whose bindings, if it has any, were read. */
    public ModelLocation(String origin, List<ModelFiles> models, List<SourceFile> bindingFiles,
            List<Problem> problems) {
        this(origin, models, bindingFiles, problems, false);
    }
}
