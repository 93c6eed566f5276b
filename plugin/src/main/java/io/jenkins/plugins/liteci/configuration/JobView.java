package io.jenkins.plugins.liteci.configuration;

import io.liteci.model.Durations;
import io.liteci.model.Job;
import java.util.List;
import java.util.Map;

/**
 * One job of a model as the configuration page shows it.
 *
 * @param name the job's name
 * @param description what the job does
 * @param isDefault whether it runs when an intent names no job
 * @param available whether the binding in force offers it
 * @param labels its labels, each as {@code key=value}, in the order written
 * @param timeout the bound on the whole job, such as {@code 30m}, or empty
 * @param steps its steps, in order
 */
public record JobView(String name, String description, boolean isDefault, boolean available,
        List<String> labels, String timeout, List<StepView> steps) {

    public JobView {
        labels = List.copyOf(labels);
        steps = List.copyOf(steps);
    }

    /** The view of a job, marked as the default and as available or not. */
    public static JobView of(Job job, boolean isDefault, boolean available) {
        return new JobView(job.name(), job.description(), isDefault, available,
                job.labels().entrySet().stream().map(JobView::label).toList(),
                job.timeout().map(Durations::format).orElse(""),
                job.steps().stream().map(StepView::of).toList());
    }

    private static String label(Map.Entry<String, String> entry) {
        return entry.getKey() + "=" + entry.getValue();
    }
}
