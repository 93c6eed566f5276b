package io.liteci.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void shouldSplitTextAroundPlaceholders() {
        Template template = parse("helm upgrade {{ component.name }} {{inputs.chart}} -n {{ inputs.image.tag }}");

        assertThat(template.placeholders()).extracting(Template.Placeholder::expression)
                .containsExactly("component.name", "inputs.chart", "inputs.image.tag");
        assertThat(template.placeholders().get(2).inputPath()).containsExactly("image", "tag");
        assertThat(template.render(placeholder -> "<" + placeholder.expression() + ">"))
                .isEqualTo("helm upgrade <component.name> <inputs.chart> -n <inputs.image.tag>");
    }

    @Test
    void shouldRefuseUnknownPlaceholders() {
        Template.Parsed parsed = Template.parse("echo {{ input.name }}", true);

        assertThat(parsed.template()).isEmpty();
        assertThat(parsed.reason()).startsWith("unknown placeholder '{{ input.name }}'; placeholders are"
                + " {{ inputs.NAME }}, {{ component.name }}");
    }

    @Test
    void shouldRefusePlaceholdersInsideShellQuotes() {
        assertThat(Template.parse("echo \"v={{ inputs.v }}\"", true).reason()).contains("is inside quotes");
        assertThat(Template.parse("echo 'v={{ inputs.v }}'", true).reason()).contains("is inside quotes");
        assertThat(Template.parse("echo \"it's\" {{ inputs.v }}", true).template()).isPresent();
        assertThat(Template.parse("echo \\\"{{ inputs.v }}", true).template())
                .as("an escaped quote opens nothing").isPresent();
        assertThat(Template.parse("v={{ inputs.v }}", false).template()).isPresent();
    }

    @Test
    void shouldKeepTextWithoutPlaceholdersAsItIs() {
        assertThat(parse("echo '{ not a placeholder }'").render(placeholder -> "x"))
                .isEqualTo("echo '{ not a placeholder }'");
        assertThat(parse("true").parts()).containsExactly(new Template.Literal("true"));
        assertThat(parse("{{ job.name }}").parts()).isEqualTo(List.of(new Template.Placeholder("job.name", List.of())));
    }

    private static Template parse(String text) {
        return Template.parse(text, true).template().orElseThrow();
    }
}
