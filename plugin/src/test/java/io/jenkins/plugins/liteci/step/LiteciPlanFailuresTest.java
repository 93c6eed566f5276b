package io.jenkins.plugins.liteci.step;

import static io.jenkins.plugins.liteci.step.TestPipelines.log;
import static io.jenkins.plugins.liteci.step.TestPipelines.stages;
import static io.jenkins.plugins.liteci.step.TestPipelines.status;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "components run their steps with sh")
class LiteciPlanFailuresTest {

    private TestPipelines pipelines;

    @BeforeEach
    void startAgent(JenkinsRule rule) throws Exception {
        pipelines = TestPipelines.start(rule);
    }

    @Test
    void shouldRetryAFailingStepUntilItPasses() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("flaky")), Result.SUCCESS);

        assertThat(log(build)).contains("attempt 1", "attempt 2", "attempt 3");
        assertThat(pipelines.workspace(build.getParent()).child("attempts.txt").readToString().strip())
                .isEqualTo("3");
    }

    @Test
    void shouldFailAComponentWhoseStepOutlivesItsTimeout() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("slow")), Result.FAILURE);

        assertThat(build.getDuration()).isLessThan(60_000);
        assertThat(log(build)).contains("Component migration failed").doesNotContain("ran api");
        assertThat(status(build, "api (pass)")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
    }

    @Test
    void shouldMarkTheBuildUnstableWhenAStepThatMayFailFails() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("check")), Result.UNSTABLE);

        assertThat(log(build)).contains("lint found problems", "after the check", "ran cdn");
        assertThat(status(build, "cdn (pass)")).isEmpty();
    }

    @Test
    void shouldSkipEveryComponentThatDependsOnAFailedOne() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("broken-chain")), Result.FAILURE);

        assertThat(log(build)).contains("failing db", "ran cache").doesNotContain("ran api", "ran web");
        assertThat(status(build, "api (pass)")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(status(build, "web (pass)")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(status(build, "db (fail)")).isEmpty();
        assertThat(stages(build)).contains("cache (pass)");
    }

    private static String plan(String intent) {
        return """
                node('linux') {
                    liteciPlan intent: 'intents/%s.yaml', models: ['models']
                }
                """.formatted(intent);
    }
}
