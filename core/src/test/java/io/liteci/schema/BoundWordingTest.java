package io.liteci.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlDocument;
import io.liteci.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundWordingTest {

    private static final YamlReader YAML = new YamlReader(Limits.DEFAULT);

    private static final InputSchema SCHEMA = InputSchema.compile(YAML.read("schema.yaml", """
            type: object
            properties:
              zones: {type: array, minItems: 2, maxItems: 3}
              labels: {type: object, minProperties: 1, maxProperties: 2}
              share: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
            """).documents().get(0).root()).schema().orElseThrow();

    @Test
    void shouldSayHowManyItemsAListMustHoldAndHowManyItHas() {
        assertThat(problems("{zones: [a]}")).containsExactly("'zones' must hold at least 2 items, found 1");
        assertThat(problems("{zones: [a, b, c, d]}")).containsExactly("'zones' may hold at most 3 items, found 4");
    }

    @Test
    void shouldSayHowManyFieldsAMappingMustHoldAndHowManyItHas() {
        assertThat(problems("{labels: {}}")).containsExactly("'labels' must hold at least 1 field, found 0");
        assertThat(problems("{labels: {a: x, b: y, c: z}}"))
                .containsExactly("'labels' may hold at most 2 fields, found 3");
    }

    @Test
    void shouldSayWhichSideOfAnExclusiveBoundANumberIsOn() {
        assertThat(problems("{share: 0}")).containsExactly("'share' is 0; it must be more than 0");
        assertThat(problems("{share: 1.5}")).containsExactly("'share' is 1.5; it must be less than 1");
    }

    private static List<String> problems(String inputs) {
        YamlDocument document = YAML.read("intent.yaml", inputs).documents().get(0);
        return SCHEMA.check(document, List.of(), document.root()).stream().map(Problem::message).toList();
    }
}
