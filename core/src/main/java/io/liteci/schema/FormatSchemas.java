package io.liteci.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.liteci.problem.Problem;
import io.liteci.yaml.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks LiteCI documents (job registries, bindings, intents) against the schemas shipped with the
 * engine, the same ones editors can use.
 */
public final class FormatSchemas {

    private static final FormatSchemas INSTANCE = new FormatSchemas();

    private final Map<Kind, Compiled> compiled = new EnumMap<>(Kind.class);

    private FormatSchemas() {
        ObjectMapper json = new ObjectMapper();
        for (Kind kind : Kind.values()) {
            try (InputStream in = FormatSchemas.class.getResourceAsStream(kind.resource())) {
                if (in == null) {
                    throw new IllegalStateException("missing " + kind.resource() + " on the class path");
                }
                JsonNode node = json.readTree(in);
                compiled.put(kind, new Compiled(node, Schemas.compile(node)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shared instance; the schemas are compiled once. */
    public static FormatSchemas instance() {
        return INSTANCE;
    }

    /** The problems of a document that should be of the given kind; empty when it is valid. */
    public List<Problem> check(YamlDocument document, Kind kind) {
        return findings(document, kind).stream().map(Finding::problem).toList();
    }

    /** The same problems, each with the path of the node it concerns. */
    public List<Finding> findings(YamlDocument document, Kind kind) {
        return findings(document, kind, IntentShape.KnownValid.NONE);
    }

    /**
     * The same problems, where {@code knownValid} knows the components of an intent that were found
     * valid on their own (see {@link IntentShape#certainlyValidComponent}).
     */
    public List<Finding> findings(YamlDocument document, Kind kind, IntentShape.KnownValid knownValid) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            return List.of(new Finding(List.of(), Problem.at(document.file(),
                    document.sourceMap().position(List.of()), "expected a document of kind " + kind.word()
                            + " (a mapping with apiVersion, kind, metadata and spec)")));
        }
        JsonNode actualKind = root.path("kind");
        if (actualKind.isTextual() && !actualKind.asText().equals(kind.word())) {
            return List.of(new Finding(List.of("kind"), Problem.at(document.file(),
                    document.sourceMap().position(List.of("kind")),
                    "expected kind " + kind.word() + ", found '" + actualKind.asText() + "'")));
        }
        if (kind == Kind.INTENT && IntentShape.certainlyValid(root, knownValid)) {
            return List.of();
        }
        return validate(document, kind);
    }

    /** The findings of the schema itself, without the quick test for valid intents. */
    List<Finding> validate(YamlDocument document, Kind kind) {
        Compiled schema = compiled.get(kind);
        var errors = schema.schema().validate(document.root());
        return new ErrorReport(document, List.of(), schema.node()).findings(errors);
    }

    private record Compiled(JsonNode node, Schema schema) {
    }
}
