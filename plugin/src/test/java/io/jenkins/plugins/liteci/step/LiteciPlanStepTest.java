package io.jenkins.plugins.liteci.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class LiteciPlanStepTest {

    private JenkinsRule j;

    @BeforeEach
    void keep(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldWriteOnlyTheParametersThatDifferFromTheDefaults() {
        LiteciPlanStep step = new LiteciPlanStep("deploy/intent.yaml");
        step.setModels(List.of("ci/models"));
        step.setExecute(false);

        assertThat(Snippetizer.object2Groovy(step))
                .isEqualTo("liteciPlan execute: false, intent: 'deploy/intent.yaml', models: ['ci/models']");
    }

    @Test
    void shouldGenerateASnippetFromTheForm() throws Exception {
        String snippet = generate("""
                {"stapler-class": "io.jenkins.plugins.liteci.step.LiteciPlanStep", "intent": "deploy/intent.yaml",
                 "models": "ci/models\\n\\nshared/models", "job": " diff ", "components": "api\\nweb",
                 "execute": true, "planFile": ""}
                """);

        assertThat(snippet).startsWith("liteciPlan ").contains("intent: 'deploy/intent.yaml'",
                "models: ['ci/models', 'shared/models']", "job: 'diff'", "components: ['api', 'web']")
                .doesNotContain("execute", "planFile");
    }

    @Test
    void shouldKeepThePlanFileWhenLeftBlank() {
        LiteciPlanStep step = new LiteciPlanStep(" intents/shop.yaml ");
        step.setPlanFile(" ");

        assertThat(step.request()).isEqualTo(new PlanRequest("intents/shop.yaml", List.of(), "", List.of(),
                "plan.json"));
    }

    private String generate(String json) throws Exception {
        JenkinsRule.WebClient client = j.createWebClient();
        WebRequest request = new WebRequest(j.getURL().toURI().resolve(Snippetizer.GENERATE_URL).toURL(),
                HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("json", json),
                new NameValuePair(j.jenkins.getCrumbIssuer().getDescriptor().getCrumbRequestField(),
                        j.jenkins.getCrumbIssuer().getCrumb())));
        return client.getPage(request).getWebResponse().getContentAsString().strip();
    }
}
