package io.jenkins.plugins.liteci;

import static io.jenkins.plugins.liteci.ExecutionData.component;
import static io.jenkins.plugins.liteci.ExecutionData.execution;
import static io.jenkins.plugins.liteci.ExecutionData.level;
import static io.jenkins.plugins.liteci.ExecutionData.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteciPlanStagesTest {

    private final PipelineHarness pipeline = new PipelineHarness();

    @Test
    void shouldNestStepsInStagesWithEnvRetryAndTimeoutAroundEachAttempt() {
        pipeline.planning(Map.of("intent", "shop"), execution("liteci-sources", level(
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
}
