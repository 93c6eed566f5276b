package io.liteci.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A quick test that an intent certainly follows intent.schema.json, written out in Java.
 *
 * <p>Checking a large intent against the schema walks every component through the general validator;
 * most intents are valid, and this test confirms that in a fraction of the time. It only ever answers
 * "valid" for documents the schema accepts: whatever it is unsure of (a rule broken, or something it
 * does not know), it leaves to the schema, which then finds and words the problems. A test keeps it
 * in step with the schema file.
 *
 * <p>A component can be tested on its own as soon as it has been read, while it is still in the
 * processor's cache; the test of the whole document then takes the components found valid so.
 */
public final class IntentShape {

    private static final Set<String> ROOT = Set.of("apiVersion", "kind", "metadata", "spec");

    private static final Set<String> METADATA = Set.of("name", "description");

    private static final Set<String> SPEC = Set.of("components");

    private static final Set<String> COMPONENT = Set.of("name", "type", "job", "inputs", "dependsOn");

    private static final int MAX_NAME_LENGTH = 63;

    private IntentShape() {
    }

    /** Whether the document certainly follows the intent schema; false means "ask the schema". */
    static boolean certainlyValid(JsonNode root) {
        return certainlyValid(root, KnownValid.NONE);
    }

    /** The same test, taking every component that {@code knownValid} knows to be valid as valid. */
    static boolean certainlyValid(JsonNode root, KnownValid knownValid) {
        if (!only(root, ROOT) || !text(root.get("apiVersion"), Kind.API_VERSION)
                || !text(root.get("kind"), Kind.INTENT.word())) {
            return false;
        }
        JsonNode metadata = root.get("metadata");
        JsonNode description = metadata == null ? null : metadata.get("description");
        if (!only(metadata, METADATA) || !name(metadata.get("name"))
                || description != null && !description.isTextual()) {
            return false;
        }
        JsonNode spec = root.get("spec");
        JsonNode components = spec == null ? null : spec.get("components");
        if (!only(spec, SPEC) || components == null || !components.isArray() || components.isEmpty()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            if (!knownValid.test(i, component) && !certainlyValidComponent(component)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one element of an intent's components certainly follows the schema. */
    public static boolean certainlyValidComponent(JsonNode component) {
        if (!only(component, COMPONENT) || !name(component.get("name")) || !name(component.get("type"))) {
            return false;
        }
        JsonNode job = component.get("job");
        JsonNode inputs = component.get("inputs");
        JsonNode dependsOn = component.get("dependsOn");
        return (job == null || name(job)) && (inputs == null || inputs.isObject())
                && (dependsOn == null || names(dependsOn));
    }

    /** Whether the node is a list of distinct names. */
    private static boolean names(JsonNode list) {
        if (!list.isArray()) {
            return false;
        }
        Set<String> seen = list.size() > 1 ? new HashSet<>() : null;
        for (JsonNode element : list) {
            if (!name(element) || seen != null && !seen.add(element.textValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the node is an object of which every field is one of {@code allowed}; required fields are
     * checked by the tests of their values, which fail for a missing node.
     */
    private static boolean only(JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            if (!allowed.contains(fields.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(JsonNode node, String expected) {
        return node != null && node.isTextual() && node.textValue().equals(expected);
    }

    /** The schema's name: a letter or digit, then letters, digits, dots, underscores or dashes. */
    private static boolean name(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return false;
        }
        String text = node.textValue();
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH || !alphanumeric(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!alphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Knows the components already found to follow the schema. */
    @FunctionalInterface
    public interface KnownValid {

        /** Knows none. */
        KnownValid NONE = (index, component) -> false;

        /** Whether the component at {@code index}, this very node, was found valid. */
        boolean test(int index, JsonNode component);
    }
}
