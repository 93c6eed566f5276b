package io.jenkins.plugins.liteci.action;

import java.io.Serializable;

/**
 * One component of a plan as the build page shows it. A class rather than a record, since the build's XML
 * is read back by XStream, which cannot set a record's fields.
 */
public final class PlannedComponent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    private final String type;

    private final String job;

    private final String agent;

    private final int steps;

    /** A component of the given model running the given job; an empty agent means any. */
    public PlannedComponent(String name, String type, String job, String agent, int steps) {
        this.name = name;
        this.type = type;
        this.job = job;
        this.agent = agent;
        this.steps = steps;
    }

    /** The component's name in the intent. */
    public String getName() {
        return name;
    }

    /** The component's model. */
    public String getType() {
        return type;
    }

    /** The job planned for it. */
    public String getJob() {
        return job;
    }

    /** The label expression of the agents it runs on, or empty when it runs where the plan was made. */
    public String getAgent() {
        return agent;
    }

    /** How many steps its job has. */
    public int getSteps() {
        return steps;
    }
}
