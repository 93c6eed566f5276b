package io.jenkins.plugins.liteci.step;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.liteci.action.PlanAction;
import io.jenkins.plugins.liteci.configuration.LiteciConfiguration;
import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.yaml.Limits;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs {@link LiteciPlanStep}: plans where the workspace is, reports to the build log, and on success archives
 * the plan, shows it on the build page and returns it with its execution data.
 */
final class LiteciPlanExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOGGER = Logger.getLogger(LiteciPlanExecution.class.getName());

    private final transient PlanRequest request;

    LiteciPlanExecution(StepContext context, PlanRequest request) {
        super(context);
        this.request = request;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        FilePath workspace = getContext().get(FilePath.class);
        TaskListener listener = getContext().get(TaskListener.class);
        Run<?, ?> run = getContext().get(Run.class);

        List<ModelLocation> configured = LiteciConfiguration.get().readLocations();
        Limits limits = Limits.DEFAULT;
        PlanOutcome outcome = workspace.act(new WorkspacePlanner(configured, request, limits));
        report(outcome, listener.getLogger());
        if (!outcome.planned()) {
            throw new AbortException(failure(outcome.problems()));
        }

        Launcher launcher = getContext().get(Launcher.class);
        run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener),
                Map.of(request.planFile(), request.planFile()));
        listener.getLogger().println("Archived the plan as " + request.planFile());
        PlanSummary summary = outcome.summary();
        run.addAction(new PlanAction(summary.intent(), summary.levels(), summary.components(), request.planFile()));
        LOGGER.log(Level.FINE, "{0} planned {1} into {2}", new Object[] {run, request.intent(), request.planFile()});

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("plan", outcome.plan());
        result.put("run", outcome.stages());
        return result;
    }

    private void report(PlanOutcome outcome, PrintStream log) {
        if (!outcome.locations().isEmpty()) {
            log.println("LiteCI " + Engine.version().text() + " loaded " + count(outcome.models(), "model")
                    + " from " + String.join(", ", outcome.locations()));
        }
        outcome.notes().forEach(note -> log.println("Note: " + note));
        outcome.warnings().forEach(warning -> log.println("Warning: " + warning));
        if (outcome.planned()) {
            PlanSummary summary = outcome.summary();
            log.println("Planned " + count(summary.components().size(), "job") + " for intent " + summary.intent()
                    + " from " + count(summary.models(), "model") + " in " + count(summary.levels(), "level"));
        }
    }

    private String failure(List<String> problems) {
        StringBuilder message = new StringBuilder("Cannot plan ").append(request.intent()).append(": ")
                .append(count(problems.size(), "problem")).append(" found; nothing was run");
        problems.forEach(problem -> message.append('\n').append(problem));
        return message.toString();
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
