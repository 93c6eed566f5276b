package io.liteci.schema;

/**
 * The kinds of LiteCI document, each checked against a JSON Schema shipped with the engine.
 */
public enum Kind {
    JOB_REGISTRY("JobRegistry", "job-registry.schema.json"),
    JOB_BINDING("JobBinding", "job-binding.schema.json"),
    INTENT("Intent", "intent.schema.json");

    /** The apiVersion every document carries. */
    public static final String API_VERSION = "liteci.io/v1";

    private final String word;

    private final String schemaFile;

    Kind(String word, String schemaFile) {
        this.word = word;
        this.schemaFile = schemaFile;
    }

    /** The value of the document's {@code kind} field. */
    public String word() {
        return word;
    }

    /** The class-path resource holding the schema. */
    String resource() {
        return "/liteci/schemas/" + schemaFile;
    }
}
