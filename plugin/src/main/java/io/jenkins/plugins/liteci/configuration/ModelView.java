package io.jenkins.plugins.liteci.configuration;

import io.liteci.model.Binding;
import io.liteci.model.Model;
import io.liteci.model.Version;
import java.util.List;

/**
 * One usable model as the configuration page shows it; absent values are empty strings.
 *
 * @param name the model's name
 * @param version the model's version
 * @param origin the directory it was loaded from
 * @param overrides the origin of the model of the same name it replaces, or empty
 * @param binding the name of the binding in force
 * @param bindingOrigin the file the binding was read from, or empty when the model has no binding
 * @param platforms the agent platforms its jobs may run on, comma-separated, or empty for any
 * @param minVersion the lowest LiteCI version that may run it, or empty
 * @param jobs its jobs, in registry order
 */
public record ModelView(String name, String version, String origin, String overrides, String binding,
        String bindingOrigin, String platforms, String minVersion, List<JobView> jobs) {

    public ModelView {
        jobs = List.copyOf(jobs);
    }

    /** The view of a loaded model. */
    public static ModelView of(Model model) {
        Binding binding = model.binding();
        String defaultJob = model.defaultJob();
        return new ModelView(model.name(), model.version(), model.origin(), model.overrides().orElse(""),
                binding.name(), binding.origin(), String.join(", ", binding.platforms()),
                binding.minVersion().map(Version::text).orElse(""),
                model.jobs().stream()
                        .map(job -> JobView.of(job, job.name().equals(defaultJob), model.offers(job.name())))
                        .toList());
    }
}
