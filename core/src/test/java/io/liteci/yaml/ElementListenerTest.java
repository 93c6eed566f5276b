package io.liteci.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementListenerTest {

    private static final List<String> COMPONENTS = List.of("spec", "components");

    private final YamlReader reader = new YamlReader(Limits.DEFAULT);

    @Test
    void shouldTellEachElementAsSoonAsItHasBeenRead() {
        List<String> told = new ArrayList<>();
        YamlReader.Parsed parsed = reader.read("intent.yaml", bytes("""
                metadata: {name: shop}
                spec:
                  components:
                    - {name: api}
                    - {name: db}
                status: written after the components
                """), COMPONENTS, (root, index, element) -> told.add(index + " " + element + " with "
                        + root.path("metadata").path("name").asText() + ", status " + root.has("status")));

        assertThat(parsed.problems()).isEmpty();
        assertThat(told).containsExactly(
                "0 {\"name\":\"api\"} with shop, status false",
                "1 {\"name\":\"db\"} with shop, status false");
    }

    @Test
    void shouldTellTheElementsThatTheDocumentHolds() {
        List<Object> told = new ArrayList<>();
        YamlReader.Parsed parsed = reader.read("intent.yaml", bytes("""
                spec:
                  components:
                    - {name: api}
                    - &db {name: db}
                    - *db
                """), COMPONENTS, (root, index, element) -> told.add(element));

        List<Object> held = new ArrayList<>();
        parsed.documents().get(0).root().path("spec").path("components").forEach(held::add);
        assertThat(told).hasSize(3).zipSatisfy(held, (early, kept) -> assertThat(early).isSameAs(kept));
    }

    @Test
    void shouldTellNothingOfSequencesElsewhereOrWrittenAsAliasesOrMerged() {
        List<Integer> told = new ArrayList<>();
        ElementListener listener = (root, index, element) -> told.add(index);

        List<YamlReader.Parsed> parsed = List.of(
                reader.read("elsewhere.yaml", bytes("""
                        other: {components: [{name: api}]}
                        spec: {components: []}
                        """), COMPONENTS, listener),
                reader.read("alias.yaml", bytes("""
                        list: &list [{name: db}]
                        spec: {components: *list}
                        """), COMPONENTS, listener),
                reader.read("merged.yaml", bytes("""
                        base: &base {components: [{name: db}]}
                        spec: {<<: *base}
                        """), COMPONENTS, listener));

        assertThat(parsed).allSatisfy(file -> assertThat(file.problems()).isEmpty());
        assertThat(told).isEmpty();
    }

    @Test
    void shouldTellTheElementsOfTheFirstDocumentOnly() {
        List<String> told = new ArrayList<>();

        reader.read("intent.yaml", bytes("""
                spec: {components: [{name: api}]}
                ---
                spec: {components: [{name: db}, {name: web}]}
                """), COMPONENTS, (root, index, element) -> told.add(element.path("name").asText()));

        assertThat(told).containsExactly("api");
    }

    @Test
    void shouldTellNothingWhenReadingAgainForPositions() {
        List<Integer> told = new ArrayList<>();
        YamlReader.Parsed parsed = reader.read("intent.yaml", bytes("""
                spec:
                  components:
                    - {name: api}
                    - {name: db, name: db}
                """), COMPONENTS, (root, index, element) -> told.add(index));

        assertThat(parsed.problems()).singleElement().asString().contains("duplicate key 'name'");
        assertThat(told).containsExactly(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
