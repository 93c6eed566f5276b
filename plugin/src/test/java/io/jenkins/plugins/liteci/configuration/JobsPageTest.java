package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class JobsPageTest {

    @TempDir
    Path directory;

    private HtmlPage page;

    @BeforeEach
    void openTheConfigurationWithTheTestModels(JenkinsRule j) throws Exception {
        TestModels.copyTo(directory, "helm", "webapp", "broken");
        LiteciConfiguration.get().setLocations(List.of(new ModelLocationEntry(directory.toString())));
        page = j.createWebClient().goTo("configure");
    }

    @Test
    void shouldShowAModelOfAConfiguredLocationWithWhatItOverrides() {
        assertThat(page.asNormalizedText())
                .contains("helm 2.0.0")
                .contains("Loaded from " + directory.resolve("helm")
                        + ", overriding the model from bundled:helm.")
                .contains("Its jobs run on agents of the platforms linux, arm64.")
                .contains("It needs LiteCI 0.1.0 or later.");
    }

    @Test
    void shouldShowTheJobsWithTheDefaultAndTheUnavailableOnesMarked() {
        assertThat(page.asNormalizedText())
                .contains("deploy (default)")
                .contains("lint (not available under the binding)")
                .contains("upgrade: timeout 1h30m, 2 retries, on failure fail")
                .contains("lint: timeout 10m, no retries, on failure continue");
    }

    @Test
    void shouldShowTheModelsThatDoNotLoadAndTheProblemsFound() {
        assertThat(page.asNormalizedText())
                .contains(directory.resolve("broken").toString())
                .contains(directory.resolve("broken/job.yaml") + ":12:")
                .contains("bare number 5");
    }

    @Test
    void shouldShowTheTextsOfAModelEscaped() {
        String html = page.getWebResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert(1)</script>", "<b>web</b>", "<i>compile</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.asNormalizedText())
                .contains("Builds the site <script>alert(1)</script>")
                .contains("owner=<b>web</b>")
                .contains("<i>compile</i>: timeout 10m");
    }
}
