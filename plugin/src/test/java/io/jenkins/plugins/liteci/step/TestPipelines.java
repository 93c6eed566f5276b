package io.jenkins.plugins.liteci.step;

import hudson.FilePath;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import hudson.slaves.RetentionStrategy;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.actions.LabelAction;
import org.jenkinsci.plugins.workflow.actions.TagsAction;
import org.jenkinsci.plugins.workflow.actions.ThreadNameAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Runs test pipelines on an agent labelled {@code linux} whose workspace holds the test models and intents,
 * and reads back the stages they created.
 */
final class TestPipelines {

    /** Where skipped stages are tagged, as stage views read it. */
    static final String STAGE_STATUS = "STAGE_STATUS";

    private final JenkinsRule j;

    private final DumbSlave agent;

    private int jobs;

    private TestPipelines(JenkinsRule j, DumbSlave agent) {
        this.j = j;
        this.agent = agent;
    }

    /**
     * Starts an agent labelled {@code linux}. It has several executors: the node that plans holds one, and
     * each component bound to linux agents runs in a {@code node} of its own beside it.
     */
    static TestPipelines start(JenkinsRule j) throws Exception {
        File root = new File(j.jenkins.getRootDir(), "agent-work-dirs/linux");
        DumbSlave agent = new DumbSlave("linux", root.getAbsolutePath(), j.createComputerLauncher(null));
        agent.setNumExecutors(4);
        agent.setLabelString("linux");
        agent.setRetentionStrategy(RetentionStrategy.NOOP);
        j.jenkins.addNode(agent);
        j.waitOnline(agent);
        return new TestPipelines(j, agent);
    }

    /** A sandboxed Pipeline job with the script, its workspace on the agent holding the fixtures. */
    WorkflowJob job(String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "pipeline" + ++jobs);
        job.setDefinition(new CpsFlowDefinition(script, true));
        fixtures().copyRecursiveTo(workspace(job));
        return job;
    }

    /** The workspace the job's first build gets on the agent. */
    FilePath workspace(WorkflowJob job) {
        return agent.getWorkspaceFor(job);
    }

    /** Runs the job and checks the build's result. */
    WorkflowRun build(WorkflowJob job, Result expected) throws Exception {
        return j.buildAndAssertStatus(expected, job);
    }

    /** The names of the stages the build entered, inner ones included, in no particular order. */
    static List<String> stages(WorkflowRun build) {
        List<String> names = new ArrayList<>();
        stageNodes(build).forEach(node -> names.add(node.getDisplayName()));
        return names;
    }

    /** The status tag of the named stage, if the stage has one. */
    static Optional<String> status(WorkflowRun build, String stage) {
        return stageNodes(build).stream().filter(node -> node.getDisplayName().equals(stage)).findFirst()
                .map(node -> TagsAction.getTagValue(node, STAGE_STATUS));
    }

    /** The status tag of the parallel branch of that name, if the branch has one. */
    static Optional<String> branchStatus(WorkflowRun build, String branch) {
        return new DepthFirstScanner().allNodes(build.getExecution()).stream()
                .filter(node -> node.getPersistentAction(ThreadNameAction.class) != null)
                .filter(node -> node.getPersistentAction(ThreadNameAction.class).getThreadName().equals(branch))
                .findFirst().map(node -> TagsAction.getTagValue(node, STAGE_STATUS));
    }

    /** The build's log. */
    static String log(WorkflowRun build) throws IOException {
        return JenkinsRule.getLog(build);
    }

    /** The text of an archived artifact. */
    static String artifact(WorkflowRun build, String path) throws IOException {
        try (var in = build.getArtifactManager().root().child(path).open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<FlowNode> stageNodes(WorkflowRun build) {
        return new DepthFirstScanner().filteredNodes(build.getExecution(),
                node -> node.getPersistentAction(LabelAction.class) != null
                        && node.getPersistentAction(ThreadNameAction.class) == null);
    }

    private static FilePath fixtures() throws URISyntaxException {
        return new FilePath(new File(TestPipelines.class.getResource("workspace").toURI()));
    }
}
