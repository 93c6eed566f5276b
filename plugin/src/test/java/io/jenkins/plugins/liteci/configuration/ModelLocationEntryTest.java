package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.load.ModelFiles;
import io.liteci.load.ModelLocation;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocationEntryTest {

    @TempDir
    Path directory;

    @Test
    void shouldDropTheBlanksAroundThePath() {
        assertThat(new ModelLocationEntry("  /srv/liteci/team \n").getPath()).isEqualTo("/srv/liteci/team");
    }

    @Test
    void shouldReadTheModelsOfItsDirectory() {
        Path models = TestModels.copyTo(directory, "helm", "webapp");

        ModelLocation location = new ModelLocationEntry(models.toString()).read(Limits.DEFAULT);

        assertThat(location.origin()).isEqualTo(directory.toString());
        assertThat(location.models()).extracting(ModelFiles::name).containsExactly("helm", "webapp");
        assertThat(location.problems()).isEmpty();
    }

    @Test
    void shouldGiveABlankPathAsAProblemRatherThanReadTheWorkingDirectory() {
        ModelLocation location = new ModelLocationEntry(" ").read(Limits.DEFAULT);

        assertThat(location.models()).isEmpty();
        assertThat(location.problems()).extracting(Problem::message).containsExactly("No directory given.");
    }

    @Test
    void shouldGiveAPathTheFileSystemRefusesAsAProblem() {
        ModelLocation location = new ModelLocationEntry("/srv/\u0000models").read(Limits.DEFAULT);

        assertThat(location.models()).isEmpty();
        assertThat(location.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("Not a path on this controller");
    }

    @Test
    void shouldTellARelativePathFromAnAbsoluteOne() {
        assertThat(new ModelLocationEntry("liteci-models").isRelative()).isTrue();
        assertThat(new ModelLocationEntry(directory.toString()).isRelative()).isFalse();
        assertThat(new ModelLocationEntry("").isRelative()).isFalse();
    }
}
