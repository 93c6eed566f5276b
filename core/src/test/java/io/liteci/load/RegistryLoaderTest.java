package io.liteci.load;

import static io.liteci.support.Fixtures.engine;
import static io.liteci.support.Fixtures.messages;
import static io.liteci.support.Fixtures.repository;
import static io.liteci.support.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.Engine;
import io.liteci.model.Model;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderTest {

    @Test
    void shouldLoadTheBundledModels() {
        ModelRegistry registry = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT).registry();

        assertThat(registry.problems()).isEmpty();
        assertThat(registry.models()).containsOnlyKeys("charts", "helm", "helmCommon", "terraform");
        assertThat(registry.model("helm").orElseThrow().jobs()).extracting("name")
                .containsExactly("deploy", "rollback", "diff");
        assertThat(registry.model("terraform").orElseThrow().defaultJob()).isEqualTo("plan");
    }

    @Test
    void shouldReadJobsStepsAndBinding() {
        Model app = engine("models").registry().model("app").orElseThrow();

        assertThat(app.version()).isEqualTo("2.1.0");
        assertThat(app.defaultJob()).isEqualTo("deploy");
        assertThat(app.offers("destroy")).isFalse();
        assertThat(app.binding().agentLabel()).contains("linux || windows");
        var deploy = app.job("deploy").orElseThrow();
        assertThat(deploy.timeout()).contains(Duration.ofHours(1));
        assertThat(deploy.steps().get(0).timeout()).isEqualTo(Duration.ofSeconds(150));
        assertThat(deploy.steps().get(0).retries()).isEqualTo(2);
        assertThat(deploy.steps().get(1).timeout()).as("the default step timeout").isEqualTo(Duration.ofMinutes(10));
        assertThat(deploy.steps().get(1).onFailure().word()).isEqualTo("continue");
    }

    @Test
    void shouldSayWhichModelOverridesWhich() {
        ModelRegistry registry = engine("models", "models-override").registry();

        Model app = registry.model("app").orElseThrow();
        assertThat(app.version()).isEqualTo("3.0.0");
        assertThat(app.overrides()).hasValueSatisfying(origin -> assertThat(origin).endsWith("models/app"));
        assertThat(registry.notes()).singleElement().asString()
                .matches("model 'app' from .*models-override/app overrides the one from .*models/app");
        assertThat(app.binding().jobs()).as("the binding of the replaced model does not carry over")
                .containsExactly("ship");
    }

    @Test
    void shouldReportAModelWithoutJobYamlOrSchemaYaml() {
        List<String> messages = messages(engine("models-broken").registry().problems());

        assertThat(messages).anySatisfy(message -> assertThat(message)
                .matches("model 'no-jobs' in .*models-broken/no-jobs has no job.yaml"));
        assertThat(messages).anySatisfy(message -> assertThat(message)
                .matches("model 'no-schema' in .*models-broken/no-schema has no schema.yaml"));
    }

    @Test
    void shouldRefuseAModelWhoseBindingCannotBeReadAndSaySoOnce(@TempDir Path location) throws IOException {
        Path app = copyOfApp(location, "job.yaml", "schema.yaml", "binding.yaml");
        Files.writeString(app.resolve("binding.yaml"), "# " + "x".repeat(2000) + "\n", StandardOpenOption.APPEND);
        Limits limits = Limits.DEFAULT.withMaxFileBytes(2000);

        ModelRegistry registry = Engine.load(List.of(ModelLocations.read(location, limits)), limits).registry();

        assertThat(registry.model("app")).as("not loaded without the binding that limits it").isEmpty();
        assertThat(registry.broken()).containsKey("app");
        long size = Files.size(app.resolve("binding.yaml"));
        assertThat(messages(registry.problems())).singleElement().asString()
                .endsWith("app/binding.yaml: file of " + size + " bytes is larger than the limit of 2000 bytes");
    }

    @Test
    void shouldRefuseAModelWhoseBindingIsALinkToNothing(@TempDir Path location) throws IOException {
        Path app = copyOfApp(location, "job.yaml", "schema.yaml");
        Files.createSymbolicLink(app.resolve("binding.yaml"), location.resolve("gone.yaml"));

        ModelRegistry registry = registryOf(location);

        assertThat(registry.model("app")).isEmpty();
        assertThat(messages(registry.problems())).singleElement().asString()
                .endsWith("app/binding.yaml: cannot read: a link to nothing");
    }

    @Test
    void shouldLoadNoModelSoFarWhenALocationsBindingsCannotBeRead(@TempDir Path root) throws IOException {
        Path first = Files.createDirectories(root.resolve("first"));
        Path second = Files.createDirectories(root.resolve("second"));
        copyOfApp(first, "job.yaml", "schema.yaml");
        Files.writeString(second.resolve("job-bindings.yaml"), "# " + "x".repeat(2000) + "\n");
        Limits limits = Limits.DEFAULT.withMaxFileBytes(2000);

        ModelRegistry registry = Engine.load(List.of(ModelLocations.read(first, limits),
                ModelLocations.read(second, limits)), limits).registry();

        assertThat(registry.models()).as("the bindings may restrict a model of any earlier location").isEmpty();
        assertThat(registry.broken()).containsOnlyKeys("app");
        long size = Files.size(second.resolve("job-bindings.yaml"));
        assertThat(messages(registry.problems())).singleElement().asString()
                .endsWith("job-bindings.yaml: file of " + size + " bytes is larger than the limit of 2000 bytes");
    }

    @Test
    void shouldReportAnUnknownFieldWithTheLineAndASuggestion() {
        assertThat(messages(engine("models-broken").registry().problems())).anySatisfy(message ->
                assertThat(message).endsWith("typo-field/job.yaml:12:11: unknown field 'retry' in"
                        + " 'spec.jobs[0].steps[0]'. Did you mean 'retries'? Known fields: name, command, timeout,"
                        + " retries, onFailure, env"));
    }

    @Test
    void shouldRefuseABareNumberAsDurationWithAHint() {
        assertThat(messages(engine("models-broken").registry().problems())).anySatisfy(message ->
                assertThat(message).endsWith("bare-timeout/job.yaml:12:11: 'spec.jobs[0].steps[0].timeout' is the"
                        + " bare number 90; write it with its unit, such as '90s' or '90m' (Jenkins reads a bare"
                        + " number as minutes, other tools as seconds)"));
    }

    @Test
    void shouldReportMalformedYamlWhereItIs() {
        assertThat(messages(engine("models-broken").registry().problems())).anySatisfy(message ->
                assertThat(message).endsWith("malformed/job.yaml:8:5: malformed YAML: expected the node content,"
                        + " but found '-' (while parsing a flow node)"));
    }

    @Test
    void shouldCheckPlaceholdersWhenTheModelIsLoaded() {
        List<String> messages = messages(engine("models-broken").registry().problems());

        assertThat(messages).anySatisfy(message -> assertThat(message).endsWith("undeclared-input/job.yaml:11:11:"
                + " step 'go' of job 'run' uses input 'nmae', which schema.yaml does not declare. Did you mean"
                + " 'name'?"));
        assertThat(messages).anySatisfy(message -> assertThat(message).endsWith("quoted-placeholder/job.yaml:11:11:"
                + " step 'go' of job 'run': placeholder '{{ inputs.name }}' is inside quotes; write it bare,"
                + " LiteCI quotes substituted values for the shell itself"));
    }

    @Test
    void shouldRefuseABindingOfJobsTheModelDoesNotHave() {
        List<String> messages = messages(engine("models-broken").registry().problems());

        assertThat(messages).anySatisfy(message -> assertThat(message).endsWith("bad-binding/binding.yaml:7:15:"
                + " binding 'bad-binding' lists job 'rnu', which model 'bad-binding' does not have. Did you mean"
                + " 'run'? Its jobs: run"));
        assertThat(messages).anySatisfy(message -> assertThat(message).endsWith("bad-binding/binding.yaml:8:3:"
                + " binding 'bad-binding' makes 'walk' the default job but does not list it among its jobs"
                + " (run, rnu)."));
    }

    @Test
    void shouldSuggestTheDefaultJobABindingMeant(@TempDir Path location) throws IOException {
        Path app = copyOfApp(location, "job.yaml", "schema.yaml", "binding.yaml");
        Files.writeString(app.resolve("binding.yaml"), Files.readString(app.resolve("binding.yaml"))
                .replace("defaultJob: deploy", "defaultJob: deplyo"));

        ModelRegistry registry = registryOf(location);

        assertThat(messages(registry.problems())).singleElement().asString().endsWith("binding 'app-default' makes"
                + " 'deplyo' the default job but does not list it among its jobs (build, deploy, smoke). Did you"
                + " mean 'deploy'?");
    }

    @Test
    void shouldKeepLoadingTheOtherModelsWhenSomeAreBroken() {
        ModelRegistry registry = engine("models", "models-broken").registry();

        assertThat(registry.models()).containsOnlyKeys("app");
        assertThat(registry.broken()).containsKeys("bad-binding", "bare-timeout", "malformed", "name-mismatch",
                "no-jobs", "no-schema", "quoted-placeholder", "typo-field", "undeclared-input");
        assertThat(messages(registry.problems())).anySatisfy(message -> assertThat(message)
                .endsWith("name-mismatch/job.yaml:4:3: metadata.name is 'something-else' but the model's directory is"
                        + " 'name-mismatch'; they must be equal"));
    }

    @Test
    void shouldApplyTheBindingsAtALocationsRoot() {
        ModelRegistry registry = Engine.load(List.of(ModelLocations.bundled(),
                ModelLocations.read(repository("examples"), Limits.DEFAULT)), Limits.DEFAULT).registry();

        assertThat(registry.problems()).isEmpty();
        Model terraform = registry.model("terraform").orElseThrow();
        assertThat(terraform.binding().origin()).endsWith("examples/job-bindings.yaml");
        assertThat(terraform.offers("destroy")).isFalse();
    }

    @Test
    void shouldReportALocationThatIsNoDirectory() {
        ModelRegistry registry = Engine.load(List.of(ModelLocations.read(repository("no-such-dir"), Limits.DEFAULT)),
                Limits.DEFAULT).registry();

        assertThat(messages(registry.problems())).singleElement().asString()
                .matches("model location '.*no-such-dir' is not a directory");
    }

    /** A copy of the fixture model {@code app} in {@code location}, with the given files. */
    private static Path copyOfApp(Path location, String... files) throws IOException {
        Path app = Files.createDirectories(location.resolve("app"));
        for (String file : files) {
            Files.copy(resource("models").resolve("app").resolve(file), app.resolve(file));
        }
        return app;
    }

    private static ModelRegistry registryOf(Path location) {
        return Engine.load(List.of(ModelLocations.read(location, Limits.DEFAULT)), Limits.DEFAULT).registry();
    }
}
