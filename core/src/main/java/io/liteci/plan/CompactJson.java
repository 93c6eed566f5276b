package io.liteci.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An input value as JSON text, exactly as {@link JsonNode#toString()} writes it.
 *
 * <p>Planning substitutes mappings and lists into commands for every component; {@code toString} sets up
 * a data-binding writer each time, while a streaming generator over the nodes the YAML reader makes
 * costs a fraction of that. Other kinds of node are left to {@code toString}.
 */
final class CompactJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CompactJson() {
    }

    static String of(JsonNode value) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            if (!write(value, json)) {
                return value.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return text.toString();
    }

    /** Writes the node; false when it holds a kind of node this class does not write. */
    private static boolean write(JsonNode node, JsonGenerator json) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                json.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    json.writeFieldName(field.getKey());
                    if (!write(field.getValue(), json)) {
                        return false;
                    }
                }
                json.writeEndObject();
            }
            case ARRAY -> {
                json.writeStartArray();
                for (JsonNode element : node) {
                    if (!write(element, json)) {
                        return false;
                    }
                }
                json.writeEndArray();
            }
            case STRING -> json.writeString(node.textValue());
            case BOOLEAN -> json.writeBoolean(node.booleanValue());
            case NULL -> json.writeNull();
            case NUMBER -> {
                return number(node, json);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean number(JsonNode node, JsonGenerator json) throws IOException {
        if (node.isInt()) {
            json.writeNumber(node.intValue());
        } else if (node.isLong()) {
            json.writeNumber(node.longValue());
        } else if (node.isBigInteger()) {
            json.writeNumber(node.bigIntegerValue());
        } else if (node.isDouble() && Double.isFinite(node.doubleValue())) {
            json.writeNumber(node.doubleValue());
        } else {
            return false;
        }
        return true;
    }
}
