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
class LiteciPlanDeclarativeTest {

    private TestPipelines pipelines;

    @BeforeEach
    void startAgent(JenkinsRule rule) throws Exception {
        pipelines = TestPipelines.start(rule);
    }

    @Test
    void shouldRunThePlanFromStepsOfADeclarativeStage() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(declarative("Deploy", """
                liteciPlan intent: 'intents/shop.yaml', models: ['models']
                """)), Result.SUCCESS);

        assertThat(stages(build)).contains("Deploy", "db (pass)", "sources (show)", "api (pass)");
        assertThat(log(build)).contains("ran api");
    }

    @Test
    void shouldReturnThePlanToAScriptBlock() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(declarative("Plan", """
                script {
                    def plan = liteciPlan intent: 'intents/shop.yaml', models: ['models'],
                            execute: false
                    echo "levels ${plan.levels}"
                }
                """)), Result.SUCCESS);

        assertThat(log(build)).contains("levels [[db, sources], [api]]").doesNotContain("ran db");
    }

    @Test
    void shouldShowSkippedComponentsAsSkippedInsideADeclarativeStage() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(declarative("Deploy", """
                liteciPlan intent: 'intents/broken-chain.yaml', models: ['models']
                """)), Result.FAILURE);

        assertThat(status(build, "web (pass)")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(status(build, "Deploy")).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownParameterBeforeTheBuildRuns() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(declarative("Deploy", """
                liteciPlan intent: 'intents/shop.yaml', model: 'models'
                """)), Result.FAILURE);

        assertThat(log(build)).contains("Invalid parameter \"model\", did you mean \"models\"?")
                .doesNotContain("ran db");
        assertThat(stages(build)).isEmpty();
    }

    /** A Declarative pipeline on the linux agent with one stage of the given steps. */
    private static String declarative(String stage, String steps) {
        return """
                pipeline {
                    agent { label 'linux' }
                    stages {
                        stage('%s') {
                            steps {
                %s
                            }
                        }
                    }
                }
                """.formatted(stage, steps.stripTrailing().indent(16));
    }
}
