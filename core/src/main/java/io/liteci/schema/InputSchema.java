package io.liteci.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.liteci.problem.Problem;
import io.liteci.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A model's input schema, compiled once and used for every component of that model.
 */
public final class InputSchema {

    private final JsonNode node;

    private final Schema compiled;

    private InputSchema(JsonNode node, Schema compiled) {
        this.node = node;
        this.compiled = compiled;
    }

    /** Compiles a schema; a schema that cannot be compiled gives the reason instead. */
    public static Compiled compile(JsonNode node) {
        if (!node.isObject()) {
            return new Compiled(Optional.empty(), "the input schema must be a mapping (a JSON Schema object)");
        }
        try {
            return new Compiled(Optional.of(new InputSchema(node, Schemas.compile(node))), "");
        } catch (RuntimeException invalid) {
            return new Compiled(Optional.empty(), "the input schema cannot be compiled: " + invalid.getMessage());
        }
    }

    /**
     * The problems of a component's inputs, found at {@code inputsPath} in the intent document.
     */
    public List<Problem> check(YamlDocument intent, List<Object> inputsPath, JsonNode inputs) {
        return validate(inputs).problems(intent, inputsPath);
    }

    /**
     * Checks a component's inputs, leaving the wording of what is wrong until the document they lie in
     * is at hand. The schema library may finish setting up parts of a schema (such as the targets of
     * {@code $dynamicRef}) the first time they are used, without a lock, so inputs of one schema are
     * checked on one thread at a time; another thread may take over once it has been handed the work.
     */
    public Verdict validate(JsonNode inputs) {
        List<Error> errors = compiled.validate(inputs);
        return errors.isEmpty() ? Verdict.VALID : new Verdict(this, errors);
    }

    /** The default the schema gives for the input at a dotted path, if any. */
    public Optional<JsonNode> defaultFor(List<String> path) {
        JsonNode schema = node;
        for (String name : path) {
            schema = schema.path("properties").path(name);
        }
        JsonNode value = schema.get("default");
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Whether the schema declares the input at a dotted path, or leaves its inputs open. */
    public boolean declares(List<String> path) {
        JsonNode schema = node;
        for (String name : path) {
            JsonNode properties = schema.path("properties");
            if (!properties.has(name)) {
                return !schema.path("additionalProperties").isBoolean()
                        || schema.path("additionalProperties").asBoolean();
            }
            schema = properties.path(name);
        }
        return true;
    }

    /** The top-level inputs the schema declares, in the order written. */
    public List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        List<String> required = new ArrayList<>();
        node.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<String> names = node.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode property = node.path("properties").path(name);
            inputs.add(new Input(name, typeOf(property), required.contains(name),
                    Optional.ofNullable(property.get("default")).map(JsonNode::toString),
                    property.path("description").asText("")));
        }
        return inputs;
    }

    private static String typeOf(JsonNode property) {
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(value -> values.add(value.asText()));
            return "one of " + String.join("|", values);
        }
        JsonNode type = property.path("type");
        return type.isArray() ? type.toString() : type.asText("any");
    }

    /**
     * An input the schema declares.
     *
     * @param name the input's name
     * @param type its JSON type, or the values it may take
     * @param required whether a component must give it
     * @param defaultValue its default as JSON, if any
     * @param description what it is for
     */
    public record Input(String name, String type, boolean required, Optional<String> defaultValue,
            String description) {
    }

    /** What checking one component's inputs found. */
    public static final class Verdict {

        private static final Verdict VALID = new Verdict(null, List.of());

        private final InputSchema schema;

        private final List<Error> errors;

        private Verdict(InputSchema schema, List<Error> errors) {
            this.schema = schema;
            this.errors = List.copyOf(errors);
        }

        /** Whether the inputs follow the schema. */
        public boolean valid() {
            return errors.isEmpty();
        }

        /** The problems found, each at its line in {@code intent}, where the inputs lie at {@code inputsPath}. */
        public List<Problem> problems(YamlDocument intent, List<Object> inputsPath) {
            return valid() ? List.of() : new ErrorReport(intent, inputsPath, schema.node).problems(errors);
        }
    }

    /**
     * The result of compiling a schema.
     *
     * @param schema the compiled schema, when it compiled
     * @param reason why it did not compile, or empty
     */
    public record Compiled(Optional<InputSchema> schema, String reason) {
    }
}
