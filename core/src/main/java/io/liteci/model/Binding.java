package io.liteci.model;

import java.util.List;
import java.util.Optional;

/**
 * Which jobs of a model are available, which is the default, and where and from which LiteCI version
 * they may run.
 *
 * @param name the binding's name
 * @param model the model bound
 * @param jobs the jobs available, in order
 * @param defaultJob the job run when the intent picks none, if set
 * @param platforms the agent platforms the jobs run on; empty means anywhere
 * @param minVersion the lowest LiteCI version that may run the model, if set
 * @param origin the file the binding was read from
 */
public record Binding(String name, String model, List<String> jobs, Optional<String> defaultJob,
        List<String> platforms, Optional<Version> minVersion, String origin) {

    public Binding {
        jobs = List.copyOf(jobs);
        platforms = List.copyOf(platforms);
    }

    /** The binding of a model that has none of its own: every job, on any platform. */
    public static Binding allJobsOf(String model, List<Job> jobs) {
        return new Binding(model, model, jobs.stream().map(Job::name).toList(), Optional.empty(), List.of(),
                Optional.empty(), "");
    }

    /** The platforms as a Jenkins label expression, such as {@code linux || windows}. */
    public Optional<String> agentLabel() {
        return platforms.isEmpty() ? Optional.empty() : Optional.of(String.join(" || ", platforms));
    }
}
