package io.jenkins.plugins.liteci.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LocationCheckTest {

    private static final String CHECK_PATH =
            "descriptorByName/" + ModelLocationEntry.class.getName() + "/checkPath";

    @TempDir
    Path directory;

    private JenkinsRule j;

    @BeforeEach
    void letInAReaderAndAnAdministrator(JenkinsRule rule) {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    @Test
    void shouldRefuseTheCheckToAUserWhoMayOnlyRead() throws Exception {
        WebResponse response = check("reader", TestModels.copyTo(directory, "helm", "webapp").toString());

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("helm, webapp");
    }

    @Test
    void shouldNameTheModelsOfTheDirectoryToAnAdministrator() throws Exception {
        WebResponse response = check("admin", TestModels.copyTo(directory, "helm", "webapp").toString());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("class=\"ok\"").contains("2 models: helm, webapp");
    }

    @Test
    void shouldWarnOfTheModelsThatDoNotLoadWithTheirProblems() throws Exception {
        WebResponse response = check("admin", TestModels.copyTo(directory, "webapp", "broken").toString());

        assertThat(response.getContentAsString()).contains("class=\"warning\"")
                .contains("1 loaded (webapp), 1 not loaded (broken)")
                .contains("bare number 5");
    }

    @Test
    void shouldAnswerWithAnErrorForAMissingDirectory() throws Exception {
        WebResponse response = check("admin", directory.resolve("missing").toString());

        assertThat(response.getContentAsString()).contains("class=\"error\"").contains("not a directory");
    }

    @Test
    void shouldWarnOfARelativePath() throws Exception {
        WebResponse response = check("admin", "liteci-models");

        assertThat(response.getContentAsString()).contains("class=\"warning\"").contains("is relative");
    }

    private WebResponse check(String user, String value) throws Exception {
        JenkinsRule.WebClient web = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        web.login(user);
        WebRequest request = new WebRequest(web.createCrumbedUrl(CHECK_PATH), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("value", value)));
        return web.getPage(request).getWebResponse();
    }
}
