package io.jenkins.plugins.liteci.configuration;

import io.liteci.load.ModelRegistry;
import io.liteci.problem.Problem;
import java.util.List;

/**
 * What the configuration page shows of a model registry: the models with their jobs, the models that
 * could not be loaded, the notes and the problems.
 *
 * @param models the usable models, by name
 * @param broken the models that could not be loaded, by name
 * @param notes what the registry says about overrides
 * @param problems everything wrong with the locations' files, as {@code file:line:column: message}
 */
public record JobsView(List<ModelView> models, List<BrokenModel> broken, List<String> notes,
        List<String> problems) {

    public JobsView {
        models = List.copyOf(models);
        broken = List.copyOf(broken);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** The view of a loaded registry. */
    public static JobsView of(ModelRegistry registry) {
        return new JobsView(
                registry.list().stream().map(ModelView::of).toList(),
                registry.broken().entrySet().stream()
                        .map(entry -> new BrokenModel(entry.getKey(), entry.getValue()))
                        .toList(),
                registry.notes(),
                registry.problems().stream().map(Problem::toString).toList());
    }

    /**
     * A model that could not be loaded.
     *
     * @param name the model's name
     * @param origin the directory it came from
     */
    public record BrokenModel(String name, String origin) {
    }
}
