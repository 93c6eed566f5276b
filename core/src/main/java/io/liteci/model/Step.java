package io.liteci.model;

import java.time.Duration;
import java.util.Map;

/**
 * One shell step of a job.
 *
 * @param name the step's name, shown as a stage
 * @param command the POSIX shell command, possibly with placeholders
 * @param timeout the bound on each attempt
 * @param retries the attempts made after the first failure
 * @param onFailure what a failure does to the job
 * @param env environment variables, in the order written; values may hold placeholders
 */
public record Step(String name, Template command, Duration timeout, int retries, OnFailure onFailure,
        Map<String, Template> env) {

    /** The timeout of a step that sets none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** The most re-attempts a step may ask for. */
    public static final int MAX_RETRIES = 10;

    public Step {
        env = Maps.ordered(env);
    }
}
