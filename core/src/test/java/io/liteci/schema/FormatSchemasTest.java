package io.liteci.schema;

import static io.liteci.support.Fixtures.repository;
import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatSchemasTest {

    private final YamlReader reader = new YamlReader(Limits.DEFAULT);

    @Test
    void shouldAcceptTheExampleJobRegistry() throws IOException {
        assertThat(FormatSchemas.instance().check(read("examples/jobs.yaml"), Kind.JOB_REGISTRY)).isEmpty();
    }

    @Test
    void shouldAcceptEveryExampleBinding() throws IOException {
        Path file = repository("examples").resolve("job-bindings.yaml");
        var documents = reader.read(file.toString(), Files.readAllBytes(file)).documents();

        assertThat(documents).hasSize(4);
        documents.forEach(document ->
                assertThat(FormatSchemas.instance().check(document, Kind.JOB_BINDING)).isEmpty());
    }

    @Test
    void shouldRefuseADocumentOfAnotherKindByName() throws IOException {
        assertThat(FormatSchemas.instance().check(read("examples/jobs.yaml"), Kind.INTENT))
                .singleElement().asString().endsWith("expected kind Intent, found 'JobRegistry'");
    }

    @Test
    void shouldRefuseADocumentThatIsNoMapping() {
        YamlDocument list = reader.read("list.yaml", "- a\n- b\n").documents().get(0);

        assertThat(FormatSchemas.instance().check(list, Kind.INTENT)).singleElement().asString()
                .isEqualTo("list.yaml:1:1: expected a document of kind Intent (a mapping with apiVersion, kind, metadata and"
                        + " spec)");
    }

    private YamlDocument read(String path) throws IOException {
        Path file = repository(path);
        return reader.read(path, Files.readAllBytes(file)).documents().get(0);
    }
}
