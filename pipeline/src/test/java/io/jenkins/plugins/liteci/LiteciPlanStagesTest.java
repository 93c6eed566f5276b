package io.jenkins.plugins.liteci;

import static io.jenkins.plugins.liteci.ExecutionData.component;
import static io.jenkins.plugins.liteci.ExecutionData.execution;
import static io.jenkins.plugins.liteci.ExecutionData.level;
import static io.jenkins.plugins.liteci.ExecutionData.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteciPlanStagesTest {

    private static final Map<String, Object> PLAN = Map.of("intent", "shop", "jobs", 2);

    private final PipelineHarness pipeline = new PipelineHarness();

    @Test
    void shouldNestStepsInStagesWithEnvRetryAndTimeoutAroundEachAttempt() {
        pipeline.planning(PLAN, execution("liteci-sources", level(
                component("api").stage("api (deploy)").agent("linux").timeoutSeconds(1800).steps(
                        step("lint", "helm lint 'charts/api'").env("HELM_NAMESPACE=shop").attempts(3)
                                .timeoutSeconds(120),
                        step("deploy", "helm upgrade api")))));

        PipelineRun run = pipeline.run("pipelines/Jenkinsfile", Map.of("intent", "intent.yaml"));

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stash(name: liteci-sources, includes: **, useDefaultExcludes: false)
                stage(api (deploy))
                  node(linux)
                    unstash(liteci-sources)
                    timeout(time: 1800, unit: SECONDS)
                      stage(lint)
                        withEnv([HELM_NAMESPACE=shop])
                          retry(3)
                            timeout(time: 120, unit: SECONDS)
                              sh(helm lint 'charts/api')
                      stage(deploy)
                        withEnv([])
                          timeout(time: 60, unit: SECONDS)
                            sh(helm upgrade api)
                """);
        assertThat(run.result()).isEqualTo("SUCCESS");
    }

    @Test
    void shouldRunComponentsOfLevelAsParallelBranchesAfterPreviousLevel() {
        pipeline.planning(PLAN, execution(null,
                level(component("db").steps(step("migrate", "flyway migrate"))),
                level(component("api").steps(step("deploy", "helm upgrade api")),
                        component("web").agent("windows").steps(step("deploy", "deploy.cmd")))));

        PipelineRun run = pipeline.run("pipelines/Jenkinsfile", Map.of("intent", "intent.yaml"));

        assertThat(run.calls()).isEqualTo("""
                steps.liteciPlan(intent: intent.yaml)
                stage(db)
                  stage(migrate)
                    withEnv([])
                      timeout(time: 60, unit: SECONDS)
                        sh(flyway migrate)
                parallel()
                  branch(api)
                    stage(api)
                      stage(deploy)
                        withEnv([])
                          timeout(time: 60, unit: SECONDS)
                            sh(helm upgrade api)
                  branch(web)
                    stage(web)
                      node(windows)
                        stage(deploy)
                          withEnv([])
                            timeout(time: 60, unit: SECONDS)
                              sh(deploy.cmd)
                """);
    }

    @Test
    void shouldReturnPlanAfterRunningIt() {
        pipeline.planning(PLAN, execution(null, level(component("db").steps(step("migrate", "flyway migrate")))));

        PipelineRun run = pipeline.run("pipelines/Jenkinsfile", Map.of("intent", "intent.yaml"));

        assertThat(run.calls()).contains("sh(flyway migrate)");
        assertThat(run.returned()).isEqualTo(PLAN);
    }

    @Test
    void shouldReturnPlanWithoutRunningAnythingWhenExecuteIsFalse() {
        pipeline.planning(PLAN, execution("liteci-sources", level(component("db").steps(step("migrate", "x")))));
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("intent", "intent.yaml");
        arguments.put("execute", false);

        PipelineRun run = pipeline.run("pipelines/Jenkinsfile", arguments);

        assertThat(run.calls()).isEqualTo("steps.liteciPlan(intent: intent.yaml, execute: false)\n");
        assertThat(run.returned()).isEqualTo(PLAN);
    }

    @Test
    void shouldTakeTheIntentAloneAsTheSnippetGeneratorWritesIt() {
        pipeline.planning(PLAN, execution(null, level(component("db").steps(step("migrate", "flyway migrate")))));

        PipelineRun run = pipeline.run("pipelines/Jenkinsfile", "deploy/intent.yaml");

        assertThat(run.calls()).startsWith("steps.liteciPlan(intent: deploy/intent.yaml)\nstage(db)\n");
        assertThat(run.returned()).isEqualTo(PLAN);
    }
}
