package io.jenkins.plugins.liteci.action;

import hudson.Util;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jenkins.model.RunAction2;

/**
 * Shows on the build page what a {@code liteciPlan} step planned: the intent, its components with their jobs
 * and agents, and a link to the archived plan.
 */
public final class PlanAction implements RunAction2 {

    private final String intent;

    private final int levels;

    private final List<PlannedComponent> components;

    private final String artifact;

    private transient Run<?, ?> run;

    /** The summary of a plan for the given intent, archived under {@code artifact}. */
    public PlanAction(String intent, int levels, List<PlannedComponent> components, String artifact) {
        this.intent = intent;
        this.levels = levels;
        this.components = new ArrayList<>(components);
        this.artifact = artifact;
    }

    /** The intent's name. */
    public String getIntent() {
        return intent;
    }

    /** How many jobs the plan has, one per component. */
    public int getJobs() {
        return components.size();
    }

    /** How many levels of components that run side by side the plan has. */
    public int getLevels() {
        return levels;
    }

    /** The components in the order they were planned. */
    public List<PlannedComponent> getComponents() {
        return List.copyOf(components);
    }

    /** The plan's path among the build's artifacts. */
    public String getArtifact() {
        return artifact;
    }

    /** The archived plan's address relative to the build, with every path segment encoded. */
    public String getArtifactUrl() {
        return "artifact/" + Arrays.stream(artifact.split("/")).map(Util::rawEncode).collect(Collectors.joining("/"));
    }

    /** The build the plan belongs to. */
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "LiteCI plan";
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
