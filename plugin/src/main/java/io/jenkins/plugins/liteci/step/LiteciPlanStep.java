package io.jenkins.plugins.liteci.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Plans an intent in the workspace, archives plan.json and returns the plan with the data to run it.
 *
 * <p>Scripts reach this step through the {@code liteciPlan} global variable, which also runs the plan; see
 * {@link LiteciPlanVariable}.
 */
public final class LiteciPlanStep extends Step {

    /** The file the plan is written to unless another is given. */
    public static final String DEFAULT_PLAN_FILE = "plan.json";

    private final String intent;

    private List<String> models = List.of();

    private String job = "";

    private List<String> components = List.of();

    private boolean execute = true;

    private String planFile = DEFAULT_PLAN_FILE;

    /** A step that plans the intent file at the given workspace-relative path. */
    @DataBoundConstructor
    public LiteciPlanStep(String intent) {
        this.intent = Util.fixNull(intent).strip();
    }

    /** The intent file, relative to the workspace. */
    public String getIntent() {
        return intent;
    }

    /** The workspace's model directories, in load order. */
    public List<String> getModels() {
        return models;
    }

    /** Model directories in the workspace, loaded after the configured locations so that they override them. */
    @DataBoundSetter
    public void setModels(List<String> models) {
        this.models = entries(models);
    }

    /** The job chosen for every component, or empty for the intent's choice. */
    public String getJob() {
        return job;
    }

    /** The job to run for every component whose model offers it; blank keeps the intent's choice. */
    @DataBoundSetter
    public void setJob(String job) {
        this.job = Util.fixNull(job).strip();
    }

    /** The components asked for; empty means all. */
    public List<String> getComponents() {
        return components;
    }

    /** The components to plan, with everything they depend on; empty plans them all. */
    @DataBoundSetter
    public void setComponents(List<String> components) {
        this.components = entries(components);
    }

    /** Whether the plan is to run after planning. */
    public boolean isExecute() {
        return execute;
    }

    /** Whether the plan runs after planning; read by the global variable, not by this step. */
    @DataBoundSetter
    public void setExecute(boolean execute) {
        this.execute = execute;
    }

    /** Where the plan is written and archived. */
    public String getPlanFile() {
        return planFile;
    }

    /** Where plan.json is written in the workspace and archived; blank keeps {@value #DEFAULT_PLAN_FILE}. */
    @DataBoundSetter
    public void setPlanFile(String planFile) {
        String file = Util.fixNull(planFile).strip();
        this.planFile = file.isEmpty() ? DEFAULT_PLAN_FILE : file;
    }

    /** What the agent is asked to plan. */
    PlanRequest request() {
        return new PlanRequest(intent, models, job, components, planFile);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new LiteciPlanExecution(context, request());
    }

    private static List<String> entries(List<String> values) {
        List<String> kept = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String line = Util.fixNull(value).strip();
            if (!line.isEmpty()) {
                kept.add(line);
            }
        }
        return List.copyOf(kept);
    }

    /** Describes the step to Pipeline and to the Snippet Generator. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "liteciPlan";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Plan and run a LiteCI intent";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class);
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return false;
        }

        /** Builds the step from the form, where the lists are text areas with one entry per line. */
        @Override
        public Step newInstance(StaplerRequest2 request, @NonNull JSONObject form) {
            LiteciPlanStep step = new LiteciPlanStep(form.optString("intent"));
            step.setModels(split(form.optString("models")));
            step.setJob(form.optString("job"));
            step.setComponents(split(form.optString("components")));
            step.setExecute(form.optBoolean("execute", true));
            step.setPlanFile(form.optString("planFile"));
            return step;
        }

        /** The entries of a list as the form's text area shows them, one per line. */
        public String lines(List<String> values) {
            return values == null ? "" : String.join("\n", values);
        }

        private static List<String> split(String text) {
            return List.of(text.split("\\R"));
        }
    }
}
