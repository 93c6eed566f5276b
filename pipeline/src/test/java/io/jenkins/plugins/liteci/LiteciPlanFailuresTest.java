package io.jenkins.plugins.liteci;

import static io.jenkins.plugins.liteci.ExecutionData.component;
import static io.jenkins.plugins.liteci.ExecutionData.execution;
import static io.jenkins.plugins.liteci.ExecutionData.level;
import static io.jenkins.plugins.liteci.ExecutionData.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteciPlanFailuresTest {

    private final PipelineHarness pipeline = new PipelineHarness();

    @Test
    void shouldRetryFailingCommandUntilItSucceeds() {
        pipeline.shell().fails("make", 2);
        pipeline.planning(Map.of(), execution(null, level(
                component("app").steps(step("build", "make").attempts(3)))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(app)
                  stage(build)
                    withEnv([])
                      retry(3)
                        timeout(time: 60, unit: SECONDS)
                          sh(make) -> script returned exit code 1
                        timeout(time: 60, unit: SECONDS)
                          sh(make) -> script returned exit code 1
                        timeout(time: 60, unit: SECONDS)
                          sh(make)
                """);
        assertThat(run.result()).isEqualTo("SUCCESS");
    }

    @Test
    void shouldFailComponentAndSkipItsDependentsTransitivelyWhileIndependentOnesRun() {
        pipeline.shell().fails("flyway migrate", 2);
        pipeline.planning(Map.of(), execution(null,
                level(component("db").steps(step("migrate", "flyway migrate").attempts(2), step("seed", "seed.sh"))),
                level(component("api").dependsOn("db"),
                        component("cache").steps(step("warm", "redis-cli ping"))),
                level(component("web").dependsOn("cache", "api"))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(db)
                  stage(migrate)
                    withEnv([])
                      retry(2)
                        timeout(time: 60, unit: SECONDS)
                          sh(flyway migrate) -> script returned exit code 1
                        timeout(time: 60, unit: SECONDS)
                          sh(flyway migrate) -> script returned exit code 1
                  catchError(buildResult: FAILURE, stageResult: FAILURE)
                    error(Component db failed: script returned exit code 1)
                    => build FAILURE, stage FAILURE
                parallel()
                  branch(api)
                    stage(api)
                      echo(Skipped: depends on db, which failed)
                      steps.liteciMarkSkipped()
                  branch(cache)
                    stage(cache)
                      stage(warm)
                        withEnv([])
                          timeout(time: 60, unit: SECONDS)
                            sh(redis-cli ping)
                stage(web)
                  echo(Skipped: depends on api, which was skipped)
                  steps.liteciMarkSkipped()
                """);
        assertThat(run.result()).isEqualTo("FAILURE");
    }

    @Test
    void shouldMarkStepStageFailedAndBuildUnstableAndGoOnWhenStepMayFail() {
        pipeline.shell().fails("./smoke.sh", 1);
        pipeline.planning(Map.of(), execution(null,
                level(component("db").steps(step("smoke", "./smoke.sh").continueOnFailure(), step("seed", "seed.sh"))),
                level(component("api").dependsOn("db").steps(step("deploy", "helm upgrade api")))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(db)
                  stage(smoke)
                    withEnv([])
                      timeout(time: 60, unit: SECONDS)
                        sh(./smoke.sh) -> script returned exit code 1
                    catchError(buildResult: UNSTABLE, stageResult: FAILURE)
                      error(Step smoke failed: script returned exit code 1)
                      => build UNSTABLE, stage FAILURE
                  stage(seed)
                    withEnv([])
                      timeout(time: 60, unit: SECONDS)
                        sh(seed.sh)
                stage(api)
                  stage(deploy)
                    withEnv([])
                      timeout(time: 60, unit: SECONDS)
                        sh(helm upgrade api)
                """);
        assertThat(run.result()).isEqualTo("UNSTABLE");
    }

    @Test
    void shouldRetryAttemptThatTimedOutThenFailComponentRatherThanAbortBuild() {
        pipeline.shell().hangsUntilTimeout("helm upgrade api", 120);
        pipeline.planning(Map.of(), execution(null, level(
                component("api").steps(step("deploy", "helm upgrade api").attempts(2).timeoutSeconds(120)))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(api)
                  stage(deploy)
                    withEnv([])
                      retry(2)
                        timeout(time: 120, unit: SECONDS)
                          sh(helm upgrade api) -> timed out after 120 s
                        timeout(time: 120, unit: SECONDS)
                          sh(helm upgrade api) -> timed out after 120 s
                  catchError(buildResult: FAILURE, stageResult: FAILURE)
                    error(Component api failed: Timeout has been exceeded)
                    => build FAILURE, stage FAILURE
                """);
        assertThat(run.result()).isEqualTo("FAILURE");
    }

    @Test
    void shouldFailComponentWithoutRetryWhenItsJobTimeoutFires() {
        pipeline.shell().hangsUntilTimeout("helm upgrade api", 600);
        pipeline.planning(Map.of(), execution(null,
                level(component("api").timeoutSeconds(600).steps(step("deploy", "helm upgrade api").attempts(3))),
                level(component("web").dependsOn("api"))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(api)
                  timeout(time: 600, unit: SECONDS)
                    stage(deploy)
                      withEnv([])
                        retry(3)
                          timeout(time: 60, unit: SECONDS)
                            sh(helm upgrade api) -> timed out after 600 s
                  catchError(buildResult: FAILURE, stageResult: FAILURE)
                    error(Component api failed: Timeout has been exceeded)
                    => build FAILURE, stage FAILURE
                stage(web)
                  echo(Skipped: depends on api, which failed)
                  steps.liteciMarkSkipped()
                """);
        assertThat(run.result()).isEqualTo("FAILURE");
    }

    @Test
    void shouldLetUserAbortStopBuildEvenInStepThatMayFail() {
        pipeline.shell().isAborted("./smoke.sh");
        pipeline.planning(Map.of(), execution(null,
                level(component("db").steps(step("smoke", "./smoke.sh").attempts(3).continueOnFailure(),
                        step("seed", "seed.sh"))),
                level(component("api").steps(step("deploy", "helm upgrade api")))));

        PipelineRun run = run();

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(db)
                  stage(smoke)
                    withEnv([])
                      retry(3)
                        timeout(time: 60, unit: SECONDS)
                          sh(./smoke.sh) -> aborted
                """);
        assertThat(run.result()).isEqualTo("ABORTED");
    }

    private PipelineRun run() {
        return pipeline.run("pipelines/Jenkinsfile", Map.of("intent", "intent.yaml"));
    }
}
