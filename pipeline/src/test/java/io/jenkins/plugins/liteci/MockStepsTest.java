package io.jenkins.plugins.liteci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mock steps behave as the real ones do in workflow-basic-steps and workflow-cps. */
class MockStepsTest {

    private final PipelineHarness pipeline = new PipelineHarness();

    @Test
    void parallelShouldRunEveryBranchAndFailAfterwards() {
        pipeline.shell().fails("exit 1", 1);

        PipelineRun run = pipeline.run("pipelines/steps/ParallelWithFailingBranch.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("""
                parallel()
                  branch(first)
                    sh(exit 1) -> script returned exit code 1
                  branch(second)
                    sh(true)
                """);
        assertThat(run.result()).isEqualTo("FAILURE");
    }

    @Test
    void retryShouldRethrowLastFailureWhenAttemptsRunOut() {
        pipeline.shell().fails("make", 3);

        PipelineRun run = pipeline.run("pipelines/steps/RetryRunningOut.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("""
                retry(2)
                  sh(make) -> script returned exit code 1
                  sh(make) -> script returned exit code 1
                """);
        assertThat(run.result()).isEqualTo("FAILURE");
    }

    @Test
    void catchErrorShouldGiveCaughtTimeoutItsOwnResult() {
        pipeline.shell().hangsUntilTimeout("sleep 10", 5);

        PipelineRun run = pipeline.run("pipelines/steps/CatchErrorAroundTimeout.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("""
                catchError(buildResult: UNSTABLE, catchInterruptions: false)
                  timeout(time: 5, unit: SECONDS)
                    sh(sleep 10) -> timed out after 5 s
                  => build ABORTED, stage ABORTED
                """);
        assertThat(run.result()).isEqualTo("ABORTED");
    }

    @Test
    void catchErrorShouldLetUserAbortThroughWhenNotCatchingInterruptions() {
        pipeline.shell().isAborted("sleep 10");

        PipelineRun run = pipeline.run("pipelines/steps/CatchErrorAroundTimeout.groovy", Map.of());

        assertThat(run.calls()).isEqualTo("""
                catchError(buildResult: UNSTABLE, catchInterruptions: false)
                  timeout(time: 5, unit: SECONDS)
                    sh(sleep 10) -> aborted
                """);
        assertThat(run.result()).isEqualTo("ABORTED");
    }
}
