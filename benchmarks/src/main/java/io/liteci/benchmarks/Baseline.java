package io.liteci.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The work no planner can avoid: parsing an intent into a Jackson tree and checking each component's
 * inputs against its model's input schema, compiled beforehand with the dialect the engine uses.
 */
public final class Baseline {

    private final ObjectMapper yaml;

    private final Map<String, Schema> schemas = new HashMap<>();

    /** A baseline whose parser accepts files of up to {@code maxCodePoints} characters. */
    public Baseline(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (String type : IntentGenerator.TYPES) {
            try {
                JsonNode schema = yaml.readTree(ModelSetGenerator.bundled(type, "schema.yaml"));
                schemas.put(type, registry.getSchema(schema));
            } catch (IOException e) {
                throw new IllegalStateException("the bundled schema of " + type + " is not YAML", e);
            }
        }
    }

    /** Parses the intent and validates every component's inputs; returns the number of errors. */
    public int check(byte[] intent) throws IOException {
        JsonNode root = yaml.readTree(intent);
        int errors = 0;
        for (JsonNode component : root.path("spec").path("components")) {
            Schema schema = schemas.get(component.path("type").asText());
            errors += schema.validate(component.path("inputs")).size();
        }
        return errors;
    }
}
