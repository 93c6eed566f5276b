package io.jenkins.plugins.liteci.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.liteci.action.PlannedComponent;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePlannerTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void copyFixtures() throws IOException, URISyntaxException {
        Path fixtures = Path.of(WorkspacePlannerTest.class.getResource("workspace").toURI());
        try (var files = Files.walk(fixtures)) {
            for (Path source : files.toList()) {
                Path target = workspace.resolve(fixtures.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void shouldWriteThePlanAndReturnItWithTheStages() throws IOException {
        PlanOutcome outcome = plan(request("intents/shop.yaml", "plan.json"), List.of());

        assertThat(outcome.problems()).isEmpty();
        assertThat(workspace.resolve("plan.json")).content().contains("\"intent\": \"shop\"");
        assertThat(outcome.plan()).containsEntry("intent", "shop").containsKey("jobs");
        assertThat(outcome.stages()).containsEntry("stash", "liteci-sources");
        assertThat(outcome.summary().components()).extracting(PlannedComponent::getName)
                .containsExactly("db", "sources", "api");
        assertThat(outcome.summary().components()).extracting(PlannedComponent::getAgent)
                .containsExactly("", "linux", "");
        assertThat(outcome.summary().levels()).isEqualTo(2);
        assertThat(outcome.locations()).containsExactly("models");
    }

    @Test
    void shouldReturnOnlyPlainMapsListsAndValues() throws IOException {
        PlanOutcome outcome = plan(request("intents/shop.yaml", "plan.json"), List.of());

        assertThat(classesIn(outcome.plan())).allMatch(WorkspacePlannerTest::isPlain);
        assertThat(classesIn(outcome.stages())).allMatch(WorkspacePlannerTest::isPlain);
    }

    @Test
    void shouldReturnEveryProblemAndWriteNothingForAnInvalidIntent() throws IOException {
        PlanOutcome outcome = plan(request("intents/invalid.yaml", "plan.json"), List.of());

        assertThat(outcome.problems()).hasSize(3).anySatisfy(problem -> assertThat(problem)
                .contains("intents/invalid.yaml:9:7").contains("unknown type 'postgres'"));
        assertThat(outcome.problems()).anySatisfy(problem -> assertThat(problem).contains("unknown component 'cache'"));
        assertThat(outcome.problems()).anySatisfy(problem -> assertThat(problem).contains("unknown job 'deploy'"));
        assertThat(workspace.resolve("plan.json")).doesNotExist();
        assertThat(outcome.plan()).isEmpty();
    }

    @Test
    void shouldLetWorkspaceModelsOverrideConfiguredOnes() throws IOException {
        ModelLocation configured = ModelLocations.read(workspace.resolve("models"), Limits.DEFAULT);

        PlanOutcome outcome = plan(request("intents/shop.yaml", "plan.json"), List.of(configured));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.notes()).isNotEmpty().allSatisfy(note -> assertThat(note).contains("overrides"));
        assertThat(outcome.locations()).hasSize(2).endsWith("models");
    }

    @Test
    void shouldPlanOnlyTheComponentsAskedForWithTheirDependencies() throws IOException {
        PlanRequest request = new PlanRequest("intents/broken-chain.yaml", List.of("models"), "",
                List.of("api"), "plan.json");

        PlanOutcome outcome = plan(request, List.of());

        assertThat(outcome.summary().components()).extracting(PlannedComponent::getName)
                .containsExactlyInAnyOrder("db", "cache", "api");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldRefuseEveryEscapingPathBeforeLoadingAnyModel() throws IOException {
        Files.createSymbolicLink(workspace.resolve("linked"), workspace.getParent());
        PlanRequest request = new PlanRequest("../intent.yaml", List.of("/etc", "linked"), "", List.of(),
                "linked/plan.json");

        PlanOutcome outcome = plan(request, List.of());

        assertThat(outcome.problems()).hasSize(4);
        assertThat(outcome.models()).isZero();
        assertThat(outcome.locations()).isEmpty();
    }

    @Test
    void shouldWriteThePlanWhereAsked() throws IOException {
        plan(request("intents/flaky.yaml", "out/flaky-plan.json"), List.of());

        assertThat(workspace.resolve("out/flaky-plan.json")).exists();
        assertThat(workspace.resolve("plan.json")).doesNotExist();
    }

    private PlanOutcome plan(PlanRequest request, List<ModelLocation> configured) throws IOException {
        return new WorkspacePlanner(configured, request, Limits.DEFAULT).invoke(workspace.toFile(), null);
    }

    private static PlanRequest request(String intent, String planFile) {
        return new PlanRequest(intent, List.of("models"), "", List.of(), planFile);
    }

    /** Classes that the agent channel's filter and the Pipeline program accept, and that scripts may change. */
    private static boolean isPlain(Class<?> type) {
        return List.of(LinkedHashMap.class, ArrayList.class, String.class, Long.class, Integer.class, Boolean.class)
                .contains(type);
    }

    private static List<Class<?>> classesIn(Object value) {
        List<Class<?>> classes = new ArrayList<>();
        if (value == null) {
            return classes;
        }
        classes.add(value.getClass());
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> classes.addAll(classesIn(item)));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> classes.addAll(classesIn(item)));
        }
        return classes;
    }
}
