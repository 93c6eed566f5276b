package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationSummaryTest {

    @TempDir
    Path directory;

    @Test
    void shouldNameTheModelsThatLoadAndThoseThatDoNot() {
        ModelLocation location = read(TestModels.copyTo(directory, "helm", "webapp", "broken"));

        LocationSummary summary = LocationSummary.of(location, List.of(ModelLocations.bundled()));

        assertThat(summary.models()).containsExactly("helm", "webapp");
        assertThat(summary.broken()).containsExactly("broken");
        assertThat(summary.bindings()).isFalse();
        assertThat(summary.problems()).extracting(Problem::file)
                .containsExactly(directory.resolve("broken/job.yaml").toString());
    }

    @Test
    void shouldReportAMissingDirectoryAsItsOnlyProblem() {
        Path missing = directory.resolve("missing");

        LocationSummary summary = LocationSummary.of(read(missing), List.of());

        assertThat(summary.models()).isEmpty();
        assertThat(summary.broken()).isEmpty();
        assertThat(summary.problems()).singleElement()
                .extracting(Problem::message).asString().contains(missing.toString(), "not a directory");
    }

    @Test
    void shouldNotBlameADirectoryForTheProblemsOfEarlierLocations() {
        ModelLocation earlier = read(TestModels.copyTo(directory.resolve("earlier"), "broken"));
        ModelLocation later = read(TestModels.copyTo(directory.resolve("later"), "webapp"));

        LocationSummary summary = LocationSummary.of(later, List.of(earlier));

        assertThat(summary.models()).containsExactly("webapp");
        assertThat(summary.problems()).isEmpty();
    }

    @Test
    void shouldKeepTheProblemsOfADirectoryThatIsAlreadyConfigured() {
        ModelLocation location = read(TestModels.copyTo(directory, "helm", "broken"));

        LocationSummary summary = LocationSummary.of(location, List.of(ModelLocations.bundled(), location));

        assertThat(summary.models()).containsExactly("helm");
        assertThat(summary.broken()).containsExactly("broken");
        assertThat(summary.problems()).hasSize(1);
    }

    @Test
    void shouldTellALocationThatOnlyBindsModelsOfEarlierLocations() {
        ModelLocation location = read(TestModels.copyBindingsTo(directory));

        LocationSummary summary = LocationSummary.of(location, List.of(ModelLocations.bundled()));

        assertThat(summary.bindings()).isTrue();
        assertThat(summary.models()).isEmpty();
        assertThat(summary.problems()).isEmpty();
    }

    @Test
    void shouldBlameTheLocationForABindingOfAModelNoLocationHas() {
        ModelLocation location = read(TestModels.copyBindingsTo(directory));

        LocationSummary summary = LocationSummary.of(location, List.of());

        assertThat(summary.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'helm'"));
    }

    private static ModelLocation read(Path path) {
        return ModelLocations.read(path, Limits.DEFAULT);
    }
}
