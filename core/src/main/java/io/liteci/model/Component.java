package io.liteci.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One component of an intent.
 *
 * @param index the component's position in the intent, from 0
 * @param name the component's name, unique within the intent
 * @param type the model that describes it
 * @param inputs its inputs, a JSON object
 * @param job the job the intent picks, if any
 * @param dependsOn the components it depends on, as written
 */
public record Component(int index, String name, String type, JsonNode inputs, Optional<String> job,
        List<String> dependsOn) {

    public Component {
        dependsOn = List.copyOf(dependsOn);
    }
}
