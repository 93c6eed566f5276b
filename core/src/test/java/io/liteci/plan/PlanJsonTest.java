package io.liteci.plan;

import static io.liteci.support.Fixtures.repository;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liteci.Engine;
import io.liteci.load.ModelLocations;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

    @Test
    void shouldPlanTheExampleIntentToTenJobs() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(PlanJson.write(planExample()));

        assertThat(plan.path("apiVersion").asText()).isEqualTo("liteci.io/v1");
        assertThat(plan.path("kind").asText()).isEqualTo("Plan");
        assertThat(plan.path("intent").asText()).isEqualTo("shop");
        assertThat(plan.path("liteciVersion").asText()).isEqualTo(Engine.version().text());
        assertThat(plan.path("jobs")).hasSize(10);
        assertThat(plan.path("levels").toString()).contains("\"network\"");
        JsonNode step = plan.path("jobs").get(0).path("steps").get(0);
        assertThat(step.fieldNames()).toIterable()
                .containsExactly("name", "command", "timeoutSeconds", "retries", "onFailure", "env");
        assertThat(plan.path("jobs").get(0).fieldNames()).toIterable().containsExactly("component", "type", "job",
                "dependsOn", "agent", "timeoutSeconds", "labels", "steps");
    }

    @Test
    void shouldWriteTheSameBytesForTheSameInput() throws IOException {
        String first = PlanJson.write(planExample());
        String second = PlanJson.write(planExample());

        assertThat(second).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void shouldWriteTheFileWithTheSameBytesAndNoTemporaryLeftBehind(@TempDir Path directory) throws IOException {
        Plan plan = planExample();
        Path target = directory.resolve("out/plan.json");

        PlanJson.write(plan, target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(plan));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void shouldGiveThePlanFileThePermissionsOfAnyNewFile(@TempDir Path directory) throws IOException {
        Path reference = Files.createFile(directory.resolve("reference"));
        Path target = directory.resolve("plan.json");

        PlanJson.write(planExample(), target);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void shouldGiveThePlanAsPlainMapsAndLists() throws IOException {
        Map<String, Object> map = PlanJson.toMap(planExample());

        assertThat(map).containsKeys("apiVersion", "kind", "intent", "liteciVersion", "jobs", "levels");
        assertThat(map.get("jobs")).isInstanceOf(List.class);
        assertThat(((List<?>) map.get("jobs")).get(0)).isInstanceOf(Map.class);
    }

    @Test
    void shouldLayOutStagesForThePipeline() throws IOException {
        Map<String, Object> stages = Stages.of(planExample());

        assertThat(stages.get("stash")).as("components run on linux agents").isEqualTo(Stages.SOURCES_STASH);
        List<?> levels = (List<?>) stages.get("levels");
        Map<?, ?> network = (Map<?, ?>) ((List<?>) levels.get(0)).get(0);
        assertThat(network.get("stage")).isEqualTo("network (apply)");
        assertThat(network.get("agent")).isEqualTo("linux");
        Map<?, ?> init = (Map<?, ?>) ((List<?>) network.get("steps")).get(1);
        assertThat(init.get("stage")).isEqualTo("init");
        assertThat(init.get("attempts")).isEqualTo(3);
        assertThat(init.get("env")).isEqualTo(List.of("TF_IN_AUTOMATION=1"));
        assertThat(init.get("continueOnFailure")).isEqualTo(false);
    }

    private static Plan planExample() throws IOException {
        byte[] intent = Files.readAllBytes(repository("examples").resolve("intent.yaml"));
        Engine engine = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT);
        Planned planned = engine.plan("examples/intent.yaml", intent, PlanOptions.NONE);
        assertThat(planned.problems()).isEmpty();
        return planned.plan().orElseThrow();
    }
}
