package io.jenkins.plugins.liteci.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Marks the stage it runs in as skipped; the {@code liteciPlan} variable calls it for a component whose
 * dependency failed or was skipped.
 */
public final class LiteciMarkSkippedStep extends Step {

    /** The step; it takes no arguments. */
    @DataBoundConstructor
    public LiteciMarkSkippedStep() {
    }

    @Override
    public StepExecution start(StepContext context) {
        return StepExecutions.synchronousVoid(context, c -> SkippedStage.mark(c.get(FlowNode.class)));
    }

    /** Describes the step; it is advanced, since scripts rarely need it themselves. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "liteciMarkSkipped";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Mark the enclosing stage as skipped";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FlowNode.class);
        }

        @Override
        public boolean isAdvanced() {
            return true;
        }
    }
}
