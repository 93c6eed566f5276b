package io.jenkins.plugins.liteci.step;

import static io.jenkins.plugins.liteci.step.TestPipelines.log;
import static io.jenkins.plugins.liteci.step.TestPipelines.stages;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Result;
import hudson.model.TaskListener;
import io.jenkins.plugins.liteci.action.PlanAction;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LiteciPlanRefusalTest {

    private TestPipelines pipelines;

    /** A valid intent outside the workspace, in the controller's home. */
    private FilePath outside;

    @BeforeEach
    void startAgent(JenkinsRule rule) throws Exception {
        pipelines = TestPipelines.start(rule);
        outside = new FilePath(rule.jenkins.getRootDir()).child("outside.yaml");
        outside.copyFrom(LiteciPlanRefusalTest.class.getResource("workspace/intents/shop.yaml"));
    }

    @Test
    void shouldFailWithEveryProblemOfAnInvalidIntentAndRunNothing() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("intents/invalid.yaml")), Result.FAILURE);

        assertThat(log(build)).contains("Cannot plan intents/invalid.yaml: 3 problems found; nothing was run",
                "intents/invalid.yaml:9:7: component 'db': unknown type 'postgres'",
                "component 'api': depends on unknown component 'cache'",
                "component 'web': unknown job 'deploy'");
        assertNothingRan(build);
    }

    @Test
    void shouldPlanTheIntentGivenAloneAsTheSnippetGeneratorWritesIt() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    liteciPlan 'intents/invalid.yaml'
                }
                """), Result.FAILURE);

        assertThat(log(build)).contains("Cannot plan intents/invalid.yaml: ",
                "intents/invalid.yaml:9:7: component 'db': unknown type 'postgres'");
        assertNothingRan(build);
    }

    @Test
    void shouldRefuseAnIntentOutsideTheWorkspace() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan("../intents/shop.yaml")), Result.FAILURE);

        assertThat(log(build)).contains("intent '../intents/shop.yaml' contains '..'");
        assertNothingRan(build);
    }

    @Test
    void shouldRefuseAnAbsoluteIntentPath() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job(plan(outside.getRemote())), Result.FAILURE);

        assertThat(log(build)).contains("intent '" + outside.getRemote() + "' is absolute");
        assertNothingRan(build);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldRefuseAnIntentLinkedFromOutsideTheWorkspace() throws Exception {
        WorkflowJob job = pipelines.job(plan("linked.yaml"));
        pipelines.workspace(job).child("linked.yaml").symlinkTo(outside.getRemote(), TaskListener.NULL);

        WorkflowRun build = pipelines.build(job, Result.FAILURE);

        assertThat(log(build)).contains("intent 'linked.yaml' leads outside the workspace through a symbolic link");
        assertNothingRan(build);
    }

    @Test
    void shouldRefuseAPlanFileOutsideTheWorkspace() throws Exception {
        WorkflowRun build = pipelines.build(pipelines.job("""
                node('linux') {
                    liteciPlan intent: 'intents/shop.yaml', models: ['models'], planFile: '../plan.json'
                }
                """), Result.FAILURE);

        assertThat(log(build)).contains("planFile '../plan.json' contains '..'");
        assertNothingRan(build);
    }

    private static void assertNothingRan(WorkflowRun build) throws Exception {
        assertThat(stages(build)).isEmpty();
        assertThat(build.getAction(PlanAction.class)).isNull();
        assertThat(build.getArtifactManager().root().child("plan.json").exists()).isFalse();
        assertThat(log(build)).doesNotContain("ran db");
    }

    private static String plan(String intent) {
        return """
                node('linux') {
                    liteciPlan intent: '%s', models: ['models']
                }
                """.formatted(intent);
    }
}
