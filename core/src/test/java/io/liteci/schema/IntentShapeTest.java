package io.liteci.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntentShapeTest {

    private static final String ROOT = "apiVersion: liteci.io/v1\nkind: Intent\n";

    private static final String METADATA = "metadata: {name: shop, description: The shop}\n";

    private static final String VALID_COMPONENT = "    - {name: network, type: terraform, inputs: {environment: dev}}\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "{name: api, type: helm, job: deploy, dependsOn: [network], inputs: {a: [1]}}",
        "{name: api, type: helm}",
        "{name: a.b_c-9, type: H3lm, dependsOn: []}",
        "{name: " + "x123456789012345678901234567890123456789012345678901234567890ab" + ", type: helm}",
        "{name: " + "x123456789012345678901234567890123456789012345678901234567890abc" + ", type: helm}",
        "{name: -api, type: helm}",
        "{name: .api, type: helm}",
        "{name: a b, type: helm}",
        "{name: 'é', type: helm}",
        "{name: null, type: helm}",
        "{name: 12, type: helm}",
        "{type: helm}",
        "{name: api}",
        "{name: api, type: helm, image: x}",
        "{name: api, type: helm, job: 'de ploy'}",
        "{name: api, type: helm, job: 3}",
        "{name: api, type: helm, job: null}",
        "{name: api, type: helm, inputs: [a]}",
        "{name: api, type: helm, inputs: text}",
        "{name: api, type: helm, inputs: null}",
        "{name: api, type: helm, dependsOn: network}",
        "{name: api, type: helm, dependsOn: [network, network]}",
        "{name: api, type: helm, dependsOn: [net work]}",
        "{name: api, type: helm, dependsOn: [1]}",
        "{name: api, type: helm, dependsOn: null}",
        "just-a-string",
        "[a, b]"
    })
    void shouldCallAComponentValidExactlyWhenTheSchemaDoes(String component) {
        String intent = ROOT + METADATA + "spec:\n  components:\n" + VALID_COMPONENT + "    - " + component + "\n";
        assertAgreement(intent);

        JsonNode root = read(intent).root();
        assertThat(IntentShape.certainlyValidComponent(root.path("spec").path("components").get(1)))
                .as("the component on its own: " + component).isEqualTo(IntentShape.certainlyValid(root));
    }

    @Test
    void shouldTakeTheComponentsKnownToBeValidWithoutTestingThemAgain() {
        JsonNode root = read(ROOT + METADATA + "spec:\n  components:\n" + VALID_COMPONENT
                + "    - {name: -api, type: helm}\n").root();
        JsonNode second = root.path("spec").path("components").get(1);

        assertThat(IntentShape.certainlyValid(root, IntentShape.KnownValid.NONE)).isFalse();
        assertThat(IntentShape.certainlyValid(root, (index, component) -> index == 1 && component == second))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ROOT + METADATA + "spec: {components: [{name: a, type: b}]}\n",
        ROOT + "metadata: {name: shop}\nspec: {components: [{name: a, type: b}]}\n",
        "apiVersion: liteci.io/v2\nkind: Intent\n" + METADATA + "spec: {components: [{name: a, type: b}]}\n",
        "apiVersion: 1\nkind: Intent\n" + METADATA + "spec: {components: [{name: a, type: b}]}\n",
        "apiVersion: liteci.io/v1\n" + METADATA + "spec: {components: [{name: a, type: b}]}\n",
        ROOT + METADATA + "spec: {components: [{name: a, type: b}]}\nstatus: x\n",
        ROOT + "spec: {components: [{name: a, type: b}]}\n",
        ROOT + "metadata: {description: x}\nspec: {components: [{name: a, type: b}]}\n",
        ROOT + "metadata: {name: shop, labels: {}}\nspec: {components: [{name: a, type: b}]}\n",
        ROOT + "metadata: {name: shop, description: 5}\nspec: {components: [{name: a, type: b}]}\n",
        ROOT + "metadata: {name: '-shop'}\nspec: {components: [{name: a, type: b}]}\n",
        ROOT + METADATA,
        ROOT + METADATA + "spec: {}\n",
        ROOT + METADATA + "spec: {components: []}\n",
        ROOT + METADATA + "spec: {components: {a: b}}\n",
        ROOT + METADATA + "spec: {components: null}\n",
        ROOT + METADATA + "spec: {components: [{name: a, type: b}], extra: 1}\n"
    })
    void shouldCallADocumentValidExactlyWhenTheSchemaDoes(String intent) {
        assertAgreement(intent);
    }

    @Test
    void shouldFollowTheShippedIntentSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = IntentShapeTest.class.getResourceAsStream("/liteci/schemas/intent.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        withoutAnnotations(schema);

        assertThat(schema.toString())
                .as("IntentShape writes out intent.schema.json in Java; change both together")
                .isEqualTo("""
                        {"type":"object","required":["apiVersion","kind","metadata","spec"],\
                        "additionalProperties":false,"properties":{"apiVersion":{"const":"liteci.io/v1"},\
                        "kind":{"const":"Intent"},"metadata":{"type":"object","required":["name"],\
                        "additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name"},\
                        "description":{"type":"string"}}},"spec":{"type":"object","required":["components"],\
                        "additionalProperties":false,"properties":{"components":{"type":"array","minItems":1,\
                        "items":{"$ref":"#/$defs/component"}}}}},"$defs":{"name":{"type":"string",\
                        "pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":63},"component":{"type":"object",\
                        "required":["name","type"],"additionalProperties":false,"properties":{\
                        "name":{"$ref":"#/$defs/name"},"type":{"$ref":"#/$defs/name"},\
                        "job":{"$ref":"#/$defs/name"},"inputs":{"type":"object"},"dependsOn":{"type":"array",\
                        "uniqueItems":true,"items":{"$ref":"#/$defs/name"}}}}}}""");
    }

    private static void assertAgreement(String intent) {
        YamlDocument document = read(intent);

        boolean schemaAccepts = FormatSchemas.instance().validate(document, Kind.INTENT).isEmpty();

        assertThat(IntentShape.certainlyValid(document.root())).as(intent).isEqualTo(schemaAccepts);
    }

    private static YamlDocument read(String intent) {
        return new YamlReader(Limits.DEFAULT).read("intent.yaml", intent).documents().get(0);
    }

    /** Removes what only documents the schema: titles, descriptions, its own address and dialect. */
    private static void withoutAnnotations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String annotation : List.of("$schema", "$id", "title", "description")) {
                if (object.path(annotation).isTextual()) {
                    object.remove(annotation);
                }
            }
        }
        node.forEach(IntentShapeTest::withoutAnnotations);
    }
}
