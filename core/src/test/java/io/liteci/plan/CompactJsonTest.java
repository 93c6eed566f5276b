package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompactJsonTest {

    @Test
    void shouldWriteWhatToStringWritesForEveryKindOfYamlValue() {
        JsonNode values = new YamlReader(Limits.DEFAULT).read("v.yaml", """
                text: "quote \\" backslash \\\\ tab \\t newline \\n bell \\a é ✓ 😀"
                plain: [1, -7, 12345678901, 123456789012345678901234567890, 0.5, -1.5e-7, 1e300, 2.0, 1_000]
                flags: {yes: true, no: false, nothing: null, empty: {}, none: []}
                nested: [{a: [1, {b: c}]}, [[]], '']
                """).documents().get(0).root();

        for (JsonNode value : values) {
            assertThat(CompactJson.of(value)).isEqualTo(value.toString());
        }
        assertThat(CompactJson.of(values)).isEqualTo(values.toString());
    }

    @Test
    void shouldLeaveOtherKindsOfNodeToJackson() {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("decimal", new BigDecimal("1.50"));
        value.put("float", 0.1f);
        value.put("binary", new byte[] {1, 2, 3});

        assertThat(CompactJson.of(value)).isEqualTo(value.toString());
    }
}
