package io.liteci.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles JSON Schemas (draft 2020-12) with one shared configuration.
 */
final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build()));

    private static final AtomicLong COMPILED = new AtomicLong();

    private Schemas() {
    }

    static Schema compile(JsonNode schema) {
        COMPILED.incrementAndGet();
        return REGISTRY.getSchema(schema);
    }

    /** How many schemas this class has compiled in this JVM; compiling is costly, so tests count it. */
    static long compiled() {
        return COMPILED.get();
    }
}
