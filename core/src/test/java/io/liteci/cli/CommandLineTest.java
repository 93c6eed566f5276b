package io.liteci.cli;

import static io.liteci.support.Fixtures.repository;
import static io.liteci.support.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    private static final String EXAMPLE = repository("examples").resolve("intent.yaml").toString();

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    @Test
    void shouldListEveryModelWithItsJobsAndTheDefaultMarked() {
        assertThat(run("models")).isZero();

        assertThat(out.toString()).contains("helm ").contains("jobs: deploy*, rollback, diff")
                .contains("bundled:terraform");
    }

    @Test
    void shouldShowOneModelInFull() {
        assertThat(run("model", "app", "--no-bundled", "--models", resource("models").toString())).isZero();

        assertThat(out.toString())
                .contains("Model app 2.1.0")
                .contains("platforms: linux, windows")
                .contains("minVersion: 0.1.0")
                .contains("deploy (default): Deploys the application.")
                .contains("destroy (not available under the binding)")
                .contains("1. apply  (timeout 2m30s, retries 2, onFailure fail)")
                .contains("labels: stage=deploy, tool=kubectl")
                .contains("namespace")
                .contains("(default \"deploy\")");
    }

    @Test
    void shouldSuggestAModelForAnUnknownName() {
        assertThat(run("model", "helmm")).isEqualTo(1);

        assertThat(err.toString()).contains("error: unknown model 'helmm'. Did you mean 'helm'?");
    }

    @Test
    void shouldWriteThePlanOfTheExample() throws IOException {
        Path plan = directory.resolve("out/plan.json");

        assertThat(run("plan", "--intent", EXAMPLE, "--out", plan.toString())).isZero();

        assertThat(out.toString()).startsWith("Planned 10 jobs for intent shop from 4 models");
        assertThat(Files.readString(plan)).contains("\"kind\": \"Plan\"");
    }

    @Test
    void shouldWriteThePlanToStandardOutputAsToAFile() throws IOException {
        Path file = directory.resolve("plan.json");
        assertThat(run("plan", "--intent", EXAMPLE, "--out", file.toString())).isZero();

        assertThat(run("plan", "--intent", EXAMPLE, "--out", "-")).isZero();

        assertThat(out.toString()).isEqualTo(Files.readString(file)).startsWith("{\n  \"apiVersion\"");
    }

    @Test
    void shouldWriteNothingWhenTheIntentIsInvalid() throws IOException {
        Path intent = Files.writeString(directory.resolve("intent.yaml"), Files.readString(Path.of(EXAMPLE))
                .replace("type: helmCommon", "type: helmComon"));
        Path plan = Files.writeString(directory.resolve("plan.json"), "previous plan");

        assertThat(run("plan", "--intent", intent.toString(), "--out", plan.toString())).isEqualTo(1);

        assertThat(Files.readString(plan)).isEqualTo("previous plan");
        assertThat(err.toString()).contains("unknown type 'helmComon'. Did you mean 'helmCommon'?")
                .contains("problems found; nothing was written");
        try (var files = Files.list(directory)) {
            assertThat(files).as("no partial file is left behind").hasSize(2);
        }
    }

    @Test
    void shouldValidateWithoutWriting() {
        assertThat(run("validate", "--intent", EXAMPLE)).isZero();

        assertThat(out.toString()).isEqualTo("Intent shop is valid: 10 components in 6 levels\n");
    }

    @Test
    void shouldReportAMissingIntentFileAsInvalidInput() {
        assertThat(run("validate", "--intent", directory.resolve("nope.yaml").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("nope.yaml: no such intent file");
    }

    @Test
    void shouldRefuseAnIntentLargerThanTheLimit() {
        assertThat(run("validate", "--intent", EXAMPLE, "--max-file-size", "1KiB")).isEqualTo(1);

        assertThat(err.toString()).contains("is larger than the limit of 1024 bytes");
    }

    @Test
    void shouldRefuseToWritePlanJsonOverADirectory() {
        assertThat(run("plan", "--intent", EXAMPLE, "--out", directory.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("error: " + directory + ": is a directory\n");
    }

    @Test
    void shouldNameThePlanFileWhenItsDirectoryCannotBeMade() throws IOException {
        Path file = Files.writeString(directory.resolve("notes"), "a file, not a directory");
        Path target = file.resolve("plan.json");

        assertThat(run("plan", "--intent", EXAMPLE, "--out", target.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("error: " + target + ": not a directory\n");
        try (var left = Files.list(directory)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows refuses to open a directory as access denied")
    void shouldReportAnIntentThatIsADirectoryAsAProblemOfThatFile() {
        assertThat(run("validate", "--intent", directory.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("error: " + directory + ": cannot read: is a directory\n"
                + "1 problem found; nothing was written\n");
    }

    @Test
    void shouldExitWithTwoOnUsageErrors() {
        assertThat(run("plan")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("models", "--max-file-size", "lots")).isEqualTo(2);
    }

    @Test
    void shouldDrawTheGraphAsMermaidAndDot() {
        assertThat(run("graph", "--intent", EXAMPLE)).isZero();
        assertThat(out.toString()).startsWith("flowchart LR\n").contains("[\"network<br/>terraform: apply\"]")
                .containsPattern("c0 --> c\\d+");

        assertThat(run("graph", "--intent", EXAMPLE, "--format", "dot")).isZero();
        assertThat(out.toString()).contains("digraph \"shop\" {").contains("\"network\" -> \"database\";");
    }

    @Test
    void shouldSayWhenALocationOverridesAModel() {
        assertThat(run("models", "--no-bundled", "--models", resource("models").toString(), "--models",
                resource("models-override").toString())).isZero();

        assertThat(out.toString()).containsPattern("app +3.0.0 .*models-override/app \\(overrides .*models/app\\)");
        assertThat(err.toString()).contains("note: model 'app' from");
    }

    @Test
    void shouldExitWithOneWhenModelsAreBroken() {
        assertThat(run("models", "--models", resource("models-broken").toString())).isEqualTo(1);

        assertThat(out.toString()).contains("typo-field").contains("not loaded, see the problems");
        assertThat(err.toString()).contains("unknown field 'retry'");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
