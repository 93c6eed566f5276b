package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.load.ModelFiles;
import io.liteci.load.ModelLocation;
import io.liteci.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LiteciConfigurationTest {

    @TempDir
    Path directory;

    private JenkinsRule j;

    private LiteciConfiguration configuration;

    @BeforeEach
    void start(JenkinsRule rule) {
        j = rule;
        configuration = LiteciConfiguration.get();
    }

    @Test
    void shouldStartWithTheBundledModelsAndNoLocation() {
        assertThat(configuration.isIncludeBundled()).isTrue();
        assertThat(configuration.getLocations()).isEmpty();
        assertThat(configuration.readLocations()).extracting(ModelLocation::origin)
                .containsExactly("bundled");
    }

    @Test
    void shouldKeepTheLocationsInOrderThroughTheConfigurationPage() throws Exception {
        configuration.setLocations(List.of(new ModelLocationEntry("/srv/liteci/team"),
                new ModelLocationEntry(directory.toString())));

        j.configRoundtrip();

        assertThat(configuration.getLocations()).extracting(ModelLocationEntry::getPath)
                .containsExactly("/srv/liteci/team", directory.toString());
        assertThat(configuration.isIncludeBundled()).isTrue();
    }

    @Test
    void shouldKeepTheBundledModelsLeftOutThroughTheConfigurationPage() throws Exception {
        configuration.setIncludeBundled(false);

        j.configRoundtrip();

        assertThat(configuration.isIncludeBundled()).isFalse();
    }

    @Test
    void shouldDropEveryLocationWhenTheFormHasNoneLeft() throws Exception {
        configuration.setLocations(List.of(new ModelLocationEntry("/srv/liteci/team")));
        HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");

        List<DomNode> chunks = form.getByXPath(
                "//div[contains(@class, 'repeated-chunk') and not(contains(@class, 'to-be-removed'))"
                        + " and @name='locations']");
        assertThat(chunks).hasSize(1);
        chunks.forEach(DomNode::remove);
        j.submit(form);

        assertThat(configuration.getLocations()).isEmpty();
    }

    @Test
    void shouldLoadWhatWasSaved() {
        configuration.setLocations(List.of(new ModelLocationEntry("/srv/liteci/team")));
        configuration.setIncludeBundled(false);

        LiteciConfiguration reloaded = new LiteciConfiguration();

        assertThat(reloaded.getLocations()).containsExactly(new ModelLocationEntry("/srv/liteci/team"));
        assertThat(reloaded.isIncludeBundled()).isFalse();
    }

    @Test
    void shouldReadTheBundledModelsFirstThenEachLocationInOrder() {
        Path models = TestModels.copyTo(directory.resolve("models"), "webapp");
        Path missing = directory.resolve("missing");
        configuration.setLocations(List.of(new ModelLocationEntry(models.toString()),
                new ModelLocationEntry(missing.toString())));

        List<ModelLocation> read = configuration.readLocations();

        assertThat(read).extracting(ModelLocation::origin)
                .containsExactly("bundled", models.toString(), missing.toString());
        assertThat(read.get(1).models()).extracting(ModelFiles::name).containsExactly("webapp");
        assertThat(read.get(2).problems()).extracting(Problem::message)
                .singleElement().asString().contains("not a directory");
    }

    @Test
    void shouldLeaveOutTheBundledModelsWhenAsked() {
        Path models = TestModels.copyTo(directory, "webapp");
        configuration.setLocations(List.of(new ModelLocationEntry(models.toString())));
        configuration.setIncludeBundled(false);

        assertThat(configuration.readLocations()).extracting(ModelLocation::origin)
                .containsExactly(models.toString());
    }
}
