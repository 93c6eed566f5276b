package io.jenkins.plugins.liteci.step;

import static io.jenkins.plugins.liteci.step.TestPipelines.artifact;
import static io.jenkins.plugins.liteci.step.TestPipelines.log;
import static io.jenkins.plugins.liteci.step.TestPipelines.stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import hudson.model.Result;
import io.jenkins.plugins.liteci.action.PlanAction;
import io.jenkins.plugins.liteci.action.PlannedComponent;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "components run their steps with sh")
class LiteciPlanScriptedTest {

    private static final String SHOP = """
            node('linux') {
                liteciPlan intent: 'intents/shop.yaml', models: ['models']
            }
            """;

    private JenkinsRule j;

    private TestPipelines pipelines;

    @BeforeEach
    void startAgent(JenkinsRule rule) throws Exception {
        j = rule;
        pipelines = TestPipelines.start(rule);
    }

    @Test
    void shouldRunEveryComponentAndStepAsAStage() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(SHOP), Result.SUCCESS);

        assertThat(stages(build)).contains("db (pass)", "sources (show)", "api (pass)", "greet", "list");
        assertThat(log(build)).contains("ran db", "ran api", "found intents/shop.yaml on linux");
    }

    @Test
    void shouldReportTheModelsAndThePlanInTheBuildLog() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(SHOP), Result.SUCCESS);

        assertThat(log(build)).contains("models from bundled, models",
                "Planned 3 jobs for intent shop from 2 models in 2 levels", "Archived the plan as plan.json");
    }

    @Test
    void shouldArchiveThePlan() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(SHOP), Result.SUCCESS);

        assertThat(artifact(build, "plan.json")).contains("\"kind\": \"Plan\"", "\"intent\": \"shop\"",
                "\"component\": \"sources\"");
    }

    @Test
    void shouldArchiveThePlanUnderTheNameGiven() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    liteciPlan intent: 'intents/flaky.yaml', models: ['models'], planFile: 'out/flaky.json'
                }
                """), Result.SUCCESS);

        assertThat(artifact(build, "out/flaky.json")).contains("\"intent\": \"flaky\"");
        assertThat(build.getArtifactManager().root().child("plan.json").exists()).isFalse();
    }

    @Test
    void shouldSummarizeThePlanOnTheBuildPage() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(SHOP), Result.SUCCESS);

        PlanAction plan = build.getAction(PlanAction.class);
        assertThat(plan.getIntent()).isEqualTo("shop");
        assertThat(plan.getJobs()).isEqualTo(3);
        assertThat(plan.getComponents()).extracting(PlannedComponent::getName, PlannedComponent::getAgent)
                .containsExactly(tuple("db", ""), tuple("sources", "linux"), tuple("api", ""));
        String page = j.createWebClient().getPage(build).asNormalizedText();
        assertThat(page).contains("LiteCI plan", "Intent shop: 3 jobs in 2 levels", "plan.json", "sources");
    }

    @Test
    void shouldReturnThePlanWithoutRunningItWhenExecuteIsFalse() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    def plan = liteciPlan intent: 'intents/shop.yaml', models: ['models'], execute: false
                    echo "planned ${plan.jobs.size()} jobs, first ${plan.jobs[0].component}"
                }
                """), Result.SUCCESS);

        assertThat(log(build)).contains("planned 3 jobs, first db").doesNotContain("ran db");
        assertThat(stages(build)).isEmpty();
    }

    @Test
    void shouldAnswerACallThroughTheVariable() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    def plan = liteciPlan.call(intent: 'intents/flaky.yaml', models: ['models'], execute: false)
                    echo "intent ${plan.intent}"
                }
                """), Result.SUCCESS);

        assertThat(log(build)).contains("intent flaky");
    }

    @Test
    void shouldPlanOnlyTheComponentsAskedFor() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    liteciPlan intent: 'intents/shop.yaml', models: ['models'], components: ['db']
                }
                """), Result.SUCCESS);

        assertThat(stages(build)).contains("db (pass)").doesNotContain("api (pass)", "sources (show)");
    }
}
