package io.liteci.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named job of a model: an ordered list of steps.
 *
 * @param name the job's name, unique within its model
 * @param description what the job does
 * @param labels free-form labels, in the order written
 * @param timeout the bound on the whole job, if any
 * @param steps the steps, in order
 */
public record Job(String name, String description, Map<String, String> labels, Optional<Duration> timeout,
        List<Step> steps) {

    public Job {
        labels = Maps.ordered(labels);
        steps = List.copyOf(steps);
    }
}
