package io.liteci.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.liteci.problem.Problem;
import io.liteci.problem.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader(Limits.DEFAULT);

    @Test
    void shouldReportMalformedYamlWithLineAndColumn() {
        YamlReader.Parsed parsed = reader.read("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");

        assertThat(parsed.documents()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bad.yaml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("malformed YAML: ");
        });
    }

    @Test
    void shouldLocateFieldsAndElements() {
        YamlDocument document = only(reader.read("f.yaml", """
                spec:
                  components:
                    - name: api
                      dependsOn: [db, cache]
                """));

        assertThat(document.sourceMap().position("/spec/components/0/name")).isEqualTo(new SourcePosition(3, 7));
        assertThat(document.sourceMap().position("/spec/components/0/dependsOn/1"))
                .isEqualTo(new SourcePosition(4, 23));
        assertThat(document.sourceMap().position("/spec/components/0/missing/deeper"))
                .as("a path that leaves the document stops at its deepest node")
                .isEqualTo(new SourcePosition(3, 7));
    }

    @Test
    void shouldResolveAliasesAndMergeKeys() {
        YamlDocument document = only(reader.read("f.yaml", """
                base: &base {retries: 2, timeout: 5m}
                list: &list [a, b]
                step:
                  <<: *base
                  timeout: 1m
                copy: *list
                """));

        assertThat(document.root().path("step").path("retries").asInt()).isEqualTo(2);
        assertThat(document.root().path("step").path("timeout").asText()).isEqualTo("1m");
        assertThat(document.root().path("copy").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void shouldRefuseAliasBombQuickly() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 12; level++) {
            bomb.append("a").append(level).append(": &a").append(level).append(" [");
            bomb.append(("*a" + (level - 1) + ", ").repeat(9)).append("*a").append(level - 1).append("]\n");
        }

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> reader.read("bomb.yaml", bomb.toString()).problems());

        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .contains("aliases repeat more than 100000 nodes");
    }

    @Test
    void shouldRefuseAnAliasWithoutAnchor() {
        assertThat(reader.read("f.yaml", "a: *nowhere\n").problems()).singleElement()
                .extracting(Problem::message).asString().contains("'*nowhere' refers to no anchor");
    }

    @Test
    void shouldRefuseDeepNesting() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> reader.read("deep.yaml", deep).problems());

        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("64");
    }

    @Test
    void shouldRefuseFilesLargerThanTheLimit() {
        YamlReader small = new YamlReader(Limits.DEFAULT.withMaxFileBytes(100));

        assertThat(small.read("big.yaml", new byte[101]).problems()).singleElement()
                .extracting(Problem::message).asString()
                .isEqualTo("file of 101 bytes is larger than the limit of 100 bytes");
        assertThat(small.read("ok.yaml", "a: 1\n".getBytes()).ok()).isTrue();
    }

    @Test
    void shouldRefuseDuplicateKeys() {
        assertThat(reader.read("f.yaml", "name: a\ntype: b\nname: c\n").problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message()).isEqualTo("duplicate key 'name' (first written at line 1)");
                });
    }

    @Test
    void shouldRefuseHalfASurrogatePairInAStringOrKey() {
        String escapedHalf = "a: 1\nb: \"x\\ud800y\"\n";
        String escapedKey = "\"\\udc00\": 1\n";

        assertThat(reader.read("f.yaml", escapedHalf.getBytes()).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message())
                    .isEqualTo("malformed YAML: \\ud800 is half of a UTF-16 surrogate pair, not a character");
        });
        assertThat(reader.read("f.yaml", escapedKey).problems()).singleElement()
                .extracting(Problem::message).asString().startsWith("malformed YAML: \\udc00 is half");
    }

    @Test
    void shouldKeepCharactersOutsideTheBasicPlane() {
        YamlDocument document = only(reader.read("f.yaml", "a: \"\\U0001F600 and \uD83D\uDE80\"\n".getBytes(
                StandardCharsets.UTF_8)));

        assertThat(document.root().path("a").asText()).isEqualTo("\uD83D\uDE00 and \uD83D\uDE80");
    }

    @Test
    void shouldKeepOneInstanceOfEachKey() {
        YamlDocument document = only(reader.read("f.yaml", "- {name: a, type: b}\n- {name: c, type: d}\n"));

        String first = document.root().get(0).fieldNames().next();
        String second = document.root().get(1).fieldNames().next();
        assertThat(second).isEqualTo("name").isSameAs(first);
    }

    @Test
    void shouldReadEveryDocumentOfAFile() {
        assertThat(reader.read("f.yaml", "a: 1\n---\nb: 2\n").documents()).hasSize(2);
    }

    private static YamlDocument only(YamlReader.Parsed parsed) {
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.documents()).hasSize(1);
        return parsed.documents().get(0);
    }
}
