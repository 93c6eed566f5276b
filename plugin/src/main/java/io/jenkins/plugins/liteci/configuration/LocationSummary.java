package io.jenkins.plugins.liteci.configuration;

import io.liteci.Engine;
import io.liteci.load.ModelFiles;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelRegistry;
import io.liteci.model.Model;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * What one directory adds to the locations before it: the models it loads, those it cannot load,
 * whether it carries job bindings, and the problems it brings.
 *
 * @param origin the directory, as the engine names it
 * @param models the names of its models that load
 * @param broken the names of its models that do not load
 * @param bindings whether it has a job-bindings.yaml at its root
 * @param problems the problems that appear once it is added
 */
record LocationSummary(String origin, List<String> models, List<String> broken, boolean bindings,
        List<Problem> problems) {

    LocationSummary {
        models = List.copyOf(models);
        broken = List.copyOf(broken);
        problems = List.copyOf(problems);
    }

    /** Loads the {@code before} locations with and without {@code location} and compares the two. */
    static LocationSummary of(ModelLocation location, List<ModelLocation> before) {
        ModelRegistry without = Engine.load(before, Limits.DEFAULT).registry();
        List<ModelLocation> all = new ArrayList<>(before);
        all.add(location);
        ModelRegistry with = Engine.load(all, Limits.DEFAULT).registry();

        List<String> models = location.models().stream()
                .filter(files -> with.model(files.name()).map(Model::origin).filter(files.directory()::equals)
                        .isPresent())
                .map(ModelFiles::name)
                .toList();
        List<String> broken = location.models().stream()
                .filter(files -> files.directory().equals(with.broken().get(files.name())))
                .map(ModelFiles::name)
                .toList();

        // Each problem the earlier locations already had is taken away once, so that a directory listed
        // twice still shows its own problems.
        List<Problem> problems = new ArrayList<>(with.problems());
        without.problems().forEach(problems::remove);
        boolean bindings = !location.bindingFiles().isEmpty();
        return new LocationSummary(location.origin(), models, broken, bindings, problems);
    }
}
