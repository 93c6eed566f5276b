package io.liteci.plan;

import java.util.List;

/**
 * What will run for an intent: one job per component in dependency order, and the levels of
 * components that can run side by side.
 *
 * @param intent the intent's name
 * @param liteciVersion the version of LiteCI that planned it
 * @param jobs the jobs, in a topological order that keeps intent order among independent components
 * @param levels the components level by level; each depends only on components of earlier levels
 */
public record Plan(String intent, String liteciVersion, List<PlannedJob> jobs, List<List<String>> levels) {

    /** The apiVersion of plan.json. */
    public static final String API_VERSION = "liteci.io/v1";

    /** The kind of plan.json. */
    public static final String KIND = "Plan";

    public Plan {
        jobs = List.copyOf(jobs);
        levels = levels.stream().map(List::copyOf).toList();
    }
}
