package io.jenkins.plugins.liteci.step;

import hudson.AbortException;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.actions.BodyInvocationAction;
import org.jenkinsci.plugins.workflow.actions.LabelAction;
import org.jenkinsci.plugins.workflow.actions.TagsAction;
import org.jenkinsci.plugins.workflow.actions.ThreadNameAction;
import org.jenkinsci.plugins.workflow.graph.BlockStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graph.StepNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/**
 * Marks the stage around a flow node as skipped the way Declarative Pipeline marks a stage whose {@code when}
 * condition is false, so that stage views show it as skipped.
 *
 * <p>The tag's name and value are those of {@code org.jenkinsci.plugins.pipeline.StageStatus} in
 * pipeline-stage-tags-metadata. They are part of the stored build data that every stage view reads, so they
 * are written out here rather than bringing in Declarative's plugins for two strings.
 */
final class SkippedStage {

    /** The tag that holds a stage's status. */
    static final String TAG = "STAGE_STATUS";

    /** The status of a stage skipped because a condition was not met. */
    static final String SKIPPED_FOR_CONDITIONAL = "SKIPPED_FOR_CONDITIONAL";

    private SkippedStage() {
    }

    /**
     * Tags the innermost stage around {@code node}, and the parallel branch of the same name directly around
     * that stage, as Declarative does for a stage inside {@code parallel}.
     */
    static void mark(FlowNode node) throws IOException {
        String stage = null;
        for (BlockStartNode block : node.iterateEnclosingBlocks()) {
            if (stage == null) {
                if (isStageBody(block)) {
                    tag(block);
                    stage = block.getDisplayName();
                }
            } else if (isStageBody(block)) {
                return;
            } else if (isBranch(block)) {
                if (stage.equals(block.getPersistentAction(ThreadNameAction.class).getThreadName())) {
                    tag(block);
                }
                return;
            }
        }
        if (stage == null) {
            throw new AbortException("liteciMarkSkipped can only mark the stage it runs in, and it runs in none");
        }
    }

    /** The block a {@code stage} step runs its body in, which carries the stage's name. */
    private static boolean isStageBody(BlockStartNode block) {
        if (!(block instanceof StepNode step) || block.getPersistentAction(BodyInvocationAction.class) == null) {
            return false;
        }
        StepDescriptor descriptor = step.getDescriptor();
        return descriptor != null && descriptor.getFunctionName().equals("stage")
                && block.getPersistentAction(LabelAction.class) != null;
    }

    private static boolean isBranch(BlockStartNode block) {
        return block.getPersistentAction(LabelAction.class) != null
                && block.getPersistentAction(ThreadNameAction.class) != null;
    }

    /** Adds the tag unless the stage already has a status, which is then kept, as Declarative keeps it. */
    private static void tag(FlowNode block) throws IOException {
        TagsAction tags = block.getPersistentAction(TagsAction.class);
        if (tags == null) {
            TagsAction added = new TagsAction();
            added.addTag(TAG, SKIPPED_FOR_CONDITIONAL);
            block.addAction(added);
        } else if (tags.getTagValue(TAG) == null) {
            tags.addTag(TAG, SKIPPED_FOR_CONDITIONAL);
            block.save();
        }
    }
}
