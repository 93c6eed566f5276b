package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void shouldEscapeEveryCharacterAsJacksonDoes() throws IOException {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            every.append(c).append('.');
        }
        String text = every.toString();

        assertThat(new JsonText(16).string(text).text()).isEqualTo(jackson(text) + "\n");
    }

    @Test
    void shouldWriteEmptyContainersOnOneLine() {
        String text = new JsonText(16).beginObject().name("a").beginArray().endArray()
                .name("b").beginObject().endObject().endObject().text();

        assertThat(text).isEqualTo("{\n  \"a\": [],\n  \"b\": {}\n}\n");
    }

    @Test
    void shouldIndentNestedArraysAndObjects() {
        String text = new JsonText(16).beginArray().beginArray().string("x").endArray()
                .beginObject().name("n").number(1).name("z").nullValue().endObject().endArray().text();

        assertThat(text).isEqualTo("[\n  [\n    \"x\"\n  ],\n  {\n    \"n\": 1,\n    \"z\": null\n  }\n]\n");
    }

    private static String jackson(String value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeString(value);
        }
        return out.toString();
    }
}
