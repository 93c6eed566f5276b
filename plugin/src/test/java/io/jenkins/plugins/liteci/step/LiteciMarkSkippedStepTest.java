package io.jenkins.plugins.liteci.step;

import static io.jenkins.plugins.liteci.step.TestPipelines.branchStatus;
import static io.jenkins.plugins.liteci.step.TestPipelines.status;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LiteciMarkSkippedStepTest {

    private JenkinsRule j;

    @BeforeEach
    void keep(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldMarkOnlyTheStageItRunsIn() throws Exception {
        WorkflowRun build = run("""
                stage('outer') {
                    stage('inner') {
                        liteciMarkSkipped()
                    }
                    stage('next') {
                        echo 'ran next'
                    }
                }
                """, Result.SUCCESS);

        assertThat(status(build, "inner")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(status(build, "outer")).isEmpty();
        assertThat(status(build, "next")).isEmpty();
    }

    @Test
    void shouldMarkTheParallelBranchOfTheSameNameToo() throws Exception {
        WorkflowRun build = run("""
                parallel one: {
                    stage('one') {
                        liteciMarkSkipped()
                    }
                }, two: {
                    stage('two') {
                        echo 'ran two'
                    }
                }
                """, Result.SUCCESS);

        assertThat(status(build, "one")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(branchStatus(build, "one")).contains(SkippedStage.SKIPPED_FOR_CONDITIONAL);
        assertThat(branchStatus(build, "two")).isEmpty();
    }

    @Test
    void shouldFailOutsideAStage() throws Exception {
        WorkflowRun build = run("liteciMarkSkipped()", Result.FAILURE);

        j.assertLogContains("liteciMarkSkipped can only mark the stage it runs in", build);
    }

    private WorkflowRun run(String script, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, job);
    }
}
