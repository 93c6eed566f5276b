package io.liteci.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.liteci.problem.Problem;
import io.liteci.problem.SourcePosition;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsOnDemandTest {

    private static final String MERGES = """
            base: &base {retries: 2, timeout: 5m, image: {tag: "1"}}
            step:
              <<: *base
              timeout: 1m
              extra: [a, b]
            other:
              <<: [*base, {name: x}]
            """;

    private final YamlReader reader = new YamlReader(Limits.DEFAULT);

    @Test
    void shouldBuildTheSameTreeWithAndWithoutRecordingPositions() throws IOException {
        YamlDocument read = reader.read("f.yaml", MERGES).documents().get(0);

        assertThat(read.root()).isEqualTo(recorded(MERGES).root());
        assertThat(read.root().path("step").fieldNames()).toIterable()
                .containsExactly("retries", "timeout", "image", "extra");
    }

    @Test
    void shouldGiveThePositionsThatRecordingGives() throws IOException {
        SourceMap onDemand = reader.read("f.yaml", MERGES).documents().get(0).sourceMap();
        SourceMap recorded = recorded(MERGES).sourceMap();

        for (String pointer : List.of("", "/base", "/base/image/tag", "/step/retries", "/step/timeout",
                "/step/extra/1", "/other/name", "/other/image", "/missing/deeper")) {
            assertThat(onDemand.position(pointer)).as(pointer).isEqualTo(recorded.position(pointer));
        }
        assertThat(onDemand.position("/step/retries")).as("a merged field is where its merge key is")
                .isEqualTo(new SourcePosition(3, 3));
        assertThat(onDemand.position("/step/timeout")).isEqualTo(new SourcePosition(4, 3));
    }

    @Test
    void shouldLocateNodesInEveryDocumentOfAFile() {
        List<YamlDocument> documents = reader.read("f.yaml", "a: 1\n---\nb:\n  c: 2\n").documents();

        assertThat(documents.get(1).sourceMap().position("/b/c")).isEqualTo(new SourcePosition(4, 3));
        assertThat(documents.get(0).sourceMap().position("/a")).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void shouldLetAMappingWriteAMergedFieldOnceOnly() {
        String twice = "base: &base {a: 1}\nstep:\n  <<: *base\n  a: 2\n  a: 3\n";

        assertThat(reader.read("f.yaml", twice).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).isEqualTo("duplicate key 'a' (first written at line 4)");
        });
    }

    @Test
    void shouldRefuseADuplicateKeyInALaterDocument() {
        List<Problem> problems = reader.read("f.yaml", "a: 1\n---\nb: 1\nc: 2\nb: 3\n").problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).isEqualTo("duplicate key 'b' (first written at line 3)");
        });
    }

    private static YamlDocument recorded(String text) throws IOException {
        try (YAMLParser parser = YAMLFactory.builder().build().createParser(text)) {
            return new TreeBuilder(parser, Limits.DEFAULT).documents("f.yaml").get(0);
        }
    }
}
