package io.liteci.model;

import io.liteci.schema.InputSchema;
import java.util.List;
import java.util.Optional;

/**
 * A component model as loaded: its jobs, the binding in force and its input schema.
 *
 * @param name the model's name, which intents use as a component's type
 * @param version the model's version
 * @param origin the directory it was loaded from
 * @param overrides the origin of the model of the same name it replaces, if any
 * @param jobs the model's jobs, in registry order
 * @param binding the binding in force
 * @param inputs the compiled input schema
 */
public record Model(String name, String version, String origin, Optional<String> overrides, List<Job> jobs,
        Binding binding, InputSchema inputs) {

    public Model {
        jobs = List.copyOf(jobs);
    }

    /** The job of that name, whether available or not. */
    public Optional<Job> job(String jobName) {
        return jobs.stream().filter(job -> job.name().equals(jobName)).findFirst();
    }

    /** Whether the binding makes the job available. */
    public boolean offers(String jobName) {
        return binding.jobs().contains(jobName);
    }

    /** The job run when an intent picks none: the binding's default, else the first available job. */
    public String defaultJob() {
        return binding.defaultJob().orElseGet(() -> jobs.stream()
                .map(Job::name)
                .filter(this::offers)
                .findFirst()
                .orElse(jobs.get(0).name()));
    }

    /** The same model, recorded as replacing another. */
    public Model overriding(String otherOrigin) {
        return new Model(name, version, origin, Optional.of(otherOrigin), jobs, binding, inputs);
    }

    /** The same model under another binding. */
    public Model boundBy(Binding newBinding) {
        return new Model(name, version, origin, overrides, jobs, newBinding, inputs);
    }
}
