package io.liteci.load;

import io.liteci.model.Model;
import io.liteci.problem.Problem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The models that a list of locations yields, with what was overridden and what could not be loaded.
 *
 * @param models the usable models, by name
 * @param broken the models that could not be loaded, by name, each with the directory it came from
 * @param notes what a reader should know, such as which model overrides which
 * @param problems everything wrong with the locations' files
 */
public record ModelRegistry(SortedMap<String, Model> models, SortedMap<String, String> broken, List<String> notes,
        List<Problem> problems) {

    public ModelRegistry {
        models = Collections.unmodifiableSortedMap(new TreeMap<>(models));
        broken = Collections.unmodifiableSortedMap(new TreeMap<>(broken));
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** The usable model of that name. */
    public Optional<Model> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** Every model name the locations define, usable or not. */
    public List<String> names() {
        TreeMap<String, Object> all = new TreeMap<>(models);
        all.putAll(broken);
        return List.copyOf(all.keySet());
    }

    /** The usable models in name order. */
    public List<Model> list() {
        return List.copyOf(models.values());
    }

    static ModelRegistry of(Map<String, Model> models, Map<String, String> broken, List<String> notes,
            List<Problem> problems) {
        return new ModelRegistry(new TreeMap<>(models), new TreeMap<>(broken), notes, problems);
    }
}
