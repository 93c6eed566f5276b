package io.liteci.load;

import io.liteci.model.Intent;
import io.liteci.yaml.YamlDocument;
import java.util.Set;

/**
 * An intent together with the document it was read from, so that problems can point at its lines.
 *
 * @param intent the intent's components that passed the format checks
 * @param document the intent's YAML document
 * @param invalidComponents the names of components left out for failing those checks
 */
public record ParsedIntent(Intent intent, YamlDocument document, Set<String> invalidComponents) {

    public ParsedIntent {
        invalidComponents = Set.copyOf(invalidComponents);
    }
}
