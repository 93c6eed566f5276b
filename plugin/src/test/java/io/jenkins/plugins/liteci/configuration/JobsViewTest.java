package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.yaml.Limits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsViewTest {

    @TempDir
    Path directory;

    private JobsView view;

    @BeforeEach
    void loadTheTestModelsAfterTheBundledOnes() {
        TestModels.copyTo(directory, "helm", "webapp", "broken");
        List<ModelLocation> locations =
                List.of(ModelLocations.bundled(), ModelLocations.read(directory, Limits.DEFAULT));
        view = JobsView.of(Engine.load(locations, Limits.DEFAULT).registry());
    }

    @Test
    void shouldMarkTheDefaultJobAndTheJobsTheBindingLeavesOut() {
        assertThat(model("helm").jobs())
                .extracting(JobView::name, JobView::isDefault, JobView::available)
                .containsExactly(tuple("deploy", true, true), tuple("lint", false, false));
    }

    @Test
    void shouldShowEachStepWithItsTimeoutRetriesAndOnFailure() {
        List<JobView> jobs = model("helm").jobs();

        assertThat(jobs.get(0).steps()).containsExactly(new StepView("upgrade", "1h30m", 2, "fail"));
        assertThat(jobs.get(1).steps()).containsExactly(new StepView("lint", "10m", 0, "continue"));
    }

    @Test
    void shouldShowJobLabelsInTheirOrderAndTheJobTimeoutOnlyWhenSet() {
        List<JobView> jobs = model("helm").jobs();

        assertThat(jobs.get(0).labels()).containsExactly("tool=helm", "action=deploy");
        assertThat(jobs.get(0).timeout()).isEqualTo("45m");
        assertThat(jobs.get(1).timeout()).isEmpty();
    }

    @Test
    void shouldNameTheOverriddenModelAndTheBindingConstraints() {
        ModelView helm = model("helm");

        assertThat(helm.version()).isEqualTo("2.0.0");
        assertThat(helm.origin()).isEqualTo(directory.resolve("helm").toString());
        assertThat(helm.overrides()).isEqualTo("bundled:helm");
        assertThat(helm.bindingOrigin()).isEqualTo(directory.resolve("helm/binding.yaml").toString());
        assertThat(helm.platforms()).isEqualTo("linux, arm64");
        assertThat(helm.minVersion()).isEqualTo("0.1.0");
    }

    @Test
    void shouldLeaveEmptyWhatAModelWithoutBindingOrPredecessorDoesNotHave() {
        ModelView webapp = model("webapp");

        assertThat(webapp.overrides()).isEmpty();
        assertThat(webapp.bindingOrigin()).isEmpty();
        assertThat(webapp.platforms()).isEmpty();
        assertThat(webapp.minVersion()).isEmpty();
        assertThat(webapp.jobs()).extracting(JobView::available).containsExactly(true);
    }

    @Test
    void shouldListTheModelsThatDoNotLoadWithTheProblemsFound() {
        assertThat(view.broken())
                .containsExactly(new JobsView.BrokenModel("broken", directory.resolve("broken").toString()));
        assertThat(view.problems()).singleElement().asString()
                .startsWith(directory.resolve("broken/job.yaml") + ":12:")
                .contains("bare number 5");
        assertThat(view.models()).extracting(ModelView::name).doesNotContain("broken");
    }

    @Test
    void shouldKeepTheNoteThatAModelOverridesAnother() {
        assertThat(view.notes()).singleElement().asString().contains("'helm'").contains("bundled:helm");
    }

    private ModelView model(String name) {
        return view.models().stream().filter(model -> model.name().equals(name)).findFirst().orElseThrow();
    }
}
