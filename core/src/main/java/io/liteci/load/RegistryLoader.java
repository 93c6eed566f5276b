package io.liteci.load;

import io.liteci.model.Job;
import io.liteci.model.Model;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.Suggestions;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the models of an ordered list of locations into a {@link ModelRegistry}.
 *
 * <p>A later location's model replaces an earlier one of the same name, and the registry says so. The
 * binding in force for a model is the last one read, in location order, from the model's own
 * {@code binding.yaml} and from the {@code job-bindings.yaml} files at the locations' roots; a model that
 * replaces another does not inherit the bindings written for the one it replaces.
 */
public final class RegistryLoader {

    private final YamlReader yaml;

    /** A loader that reads YAML within the given limits. */
    public RegistryLoader(Limits limits) {
        this.yaml = new YamlReader(limits);
    }

    /** Loads every location, in order; all problems found are in the registry. */
    public ModelRegistry load(List<ModelLocation> locations) {
        return new Loading().run(locations);
    }

    /** The state of one load. */
    private final class Loading {

        private final Problems problems = new Problems();

        private final Map<String, Model> models = new LinkedHashMap<>();

        private final Map<String, String> broken = new HashMap<>();

        private final Map<String, BindingReader.Read> bindings = new TreeMap<>();

        private final List<String> notes = new ArrayList<>();

        ModelRegistry run(List<ModelLocation> locations) {
            for (ModelLocation location : locations) {
                problems.addAll(location.problems());
                Set<String> boundHere = new HashSet<>();
                for (ModelFiles files : location.models()) {
                    model(files);
                    files.file(ModelFiles.BINDING).ifPresent(file -> bindings(file, boundHere, files.name()));
                }
                location.bindingFiles().forEach(file -> bindings(file, boundHere, ""));
                if (location.bindingsUnreadable()) {
                    refuseAllSoFar();
                }
            }
            bindings.values().forEach(this::apply);
            return ModelRegistry.of(models, broken, notes, problems.list());
        }

        private void model(ModelFiles files) {
            String name = files.name();
            Optional<String> previous = Optional.ofNullable(models.containsKey(name)
                    ? models.get(name).origin() : broken.get(name));
            Optional<Model> model = new ModelReader(yaml, problems).read(files);
            bindings.remove(name);
            if (model.isEmpty()) {
                models.remove(name);
                broken.put(name, files.directory());
                return;
            }
            broken.remove(name);
            models.put(name, previous.map(model.get()::overriding).orElse(model.get()));
            previous.ifPresent(origin -> notes.add("model '" + name + "' from " + files.directory()
                    + " overrides the one from " + origin));
        }

        /** Refuses every model loaded so far, since bindings that could not be read may restrict any of them. */
        private void refuseAllSoFar() {
            models.forEach((name, model) -> broken.put(name, model.origin()));
            models.clear();
        }

        private void bindings(SourceFile file, Set<String> boundHere, String directoryModel) {
            for (BindingReader.Read read : new BindingReader(yaml, problems).read(file)) {
                String model = read.binding().model();
                if (!directoryModel.isEmpty() && !model.equals(directoryModel)) {
                    problems.add(read.problem("the binding in model directory '" + directoryModel
                            + "' binds model '" + model + "'; it may only bind '" + directoryModel + "'",
                            "spec", "model"));
                } else if (!boundHere.add(model)) {
                    problems.add(read.problem("model '" + model + "' is bound twice in the same location",
                            "spec", "model"));
                } else {
                    bindings.put(model, read);
                }
            }
        }

        private void apply(BindingReader.Read read) {
            String name = read.binding().model();
            Model model = models.get(name);
            if (model == null) {
                if (!broken.containsKey(name)) {
                    problems.add(read.problem("binding '" + read.binding().name() + "' binds model '" + name
                            + "', which no location has." + Suggestions.didYouMean(name, models.keySet()),
                            "spec", "model"));
                }
                return;
            }
            List<Problem> mismatches = BindingReader.mismatches(read, model.jobs().stream().map(Job::name).toList());
            if (mismatches.isEmpty()) {
                models.put(name, model.boundBy(read.binding()));
            } else {
                problems.addAll(mismatches);
                models.remove(name);
                broken.put(name, model.origin());
            }
        }
    }
}
