package io.jenkins.plugins.liteci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpsCheckerTest {

    private final PipelineHarness pipeline = new PipelineHarness();

    @Test
    void shouldReportIteratorHeldAcrossStepCall() {
        assertThatThrownBy(() -> pipeline.run("pipelines/cps/IteratorAcrossStep.groovy", Map.of()))
                .isInstanceOf(CpsViolation.class)
                .hasMessageContaining("at sh(make)")
                .hasMessageContaining("pending=java.util.ArrayList$Itr")
                .hasMessageContaining("IteratorAcrossStep.run(IteratorAcrossStep.groovy:5)");
    }

    @Test
    void shouldReportNonSerializableLocalHeldAcrossStepCall() {
        assertThatThrownBy(() -> pipeline.run("pipelines/cps/MatcherAcrossStep.groovy", Map.of()))
                .isInstanceOf(CpsViolation.class)
                .hasMessageContaining("at sh(make)")
                .hasMessageContaining("version=java.util.regex.Matcher")
                .hasMessageContaining("MatcherAcrossStep.run(MatcherAcrossStep.groovy:3)");
    }

    @Test
    void shouldAcceptIndexLoopAcrossStepCalls() {
        PipelineRun run = pipeline.run("pipelines/cps/IndexLoopAcrossSteps.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("""
                sh(make)
                sh(make test)
                """);
    }

    @Test
    void shouldAcceptIteratorUsedOnlyBetweenStepCalls() {
        PipelineRun run = pipeline.run("pipelines/cps/IteratorBetweenSteps.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("sh(make build && make test)\n");
    }

    @Test
    void shouldResumeFromRestoredCopyOfProgram() {
        Map<String, Object> arguments = Map.of("targets", List.of("build", "test"));

        PipelineRun run = pipeline.run("pipelines/cps/ReturnAfterStep.groovy", arguments);

        assertThat(run.returned()).isEqualTo(arguments).isNotSameAs(arguments);
    }
}
