package io.jenkins.plugins.liteci.configuration;

import hudson.util.FormValidation;
import io.liteci.load.ModelLocation;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer to the form check of a model location: whether the directory exists and what it holds.
 */
final class LocationCheck {

    /** Problems beyond this many are counted, not listed, to keep the answer readable. */
    private static final int LISTED_PROBLEMS = 10;

    private LocationCheck() {
    }

    /** Checks the directory typed as {@code value}, as if loaded after the {@code before} locations. */
    static FormValidation of(String value, List<ModelLocation> before) {
        ModelLocationEntry entry = new ModelLocationEntry(value);
        FormValidation contents = contents(LocationSummary.of(entry.read(Limits.DEFAULT), before));
        if (!entry.isRelative()) {
            return contents;
        }
        return FormValidation.aggregate(List.of(
                FormValidation.warning(Messages.LocationCheck_Relative(entry.getPath())), contents));
    }

    private static FormValidation contents(LocationSummary summary) {
        if (summary.problems().isEmpty()) {
            if (!summary.models().isEmpty()) {
                return FormValidation.ok(
                        Messages.LocationCheck_Models(summary.models().size(), names(summary.models())));
            }
            return summary.bindings()
                    ? FormValidation.ok(Messages.LocationCheck_OnlyBindings())
                    : FormValidation.warning(Messages.LocationCheck_Empty());
        }

        String text = headline(summary) + "\n" + listed(summary.problems());
        return summary.models().isEmpty() ? FormValidation.error(text) : FormValidation.warning(text);
    }

    private static String headline(LocationSummary summary) {
        if (summary.models().isEmpty() && summary.broken().isEmpty()) {
            return Messages.LocationCheck_Unusable();
        }
        return Messages.LocationCheck_Partly(summary.models().size(), names(summary.models()),
                summary.broken().size(), names(summary.broken()));
    }

    private static String listed(List<Problem> problems) {
        String shown = problems.stream()
                .limit(LISTED_PROBLEMS)
                .map(Problem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - LISTED_PROBLEMS;
        return more > 0 ? shown + "\n" + Messages.LocationCheck_MoreProblems(more) : shown;
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
