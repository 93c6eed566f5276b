package io.liteci.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.Engine;
import io.liteci.load.ModelLocations;
import io.liteci.load.ModelRegistry;
import io.liteci.plan.Plan;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadsTest {

    @Test
    void shouldGenerateTheSameIntentForTheSameSeed() {
        assertThat(new IntentGenerator(7).intent(50)).isEqualTo(new IntentGenerator(7).intent(50));
        assertThat(new IntentGenerator(7).intent(50)).isNotEqualTo(new IntentGenerator(8).intent(50));
    }

    @Test
    void shouldGenerateAValidLayeredIntentOverTheBundledModels() {
        byte[] intent = new IntentGenerator(IntentBenchmark.SEED).intent(300).getBytes(StandardCharsets.UTF_8);

        Planned planned = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT)
                .plan("intent.yaml", intent, PlanOptions.NONE);

        assertThat(planned.problems()).isEmpty();
        Plan plan = planned.plan().orElseThrow();
        assertThat(plan.jobs()).hasSize(300);
        assertThat(plan.levels()).as("ten layers of components").hasSize(10);
        assertThat(plan.jobs().stream().map(job -> job.type()).distinct())
                .containsExactlyInAnyOrder("helm", "helmCommon", "terraform", "charts");
        assertThat(plan.jobs().stream().mapToInt(job -> job.dependsOn().size()).max().orElse(0))
                .as("fan-out: components depend on several others").isGreaterThan(1);
    }

    @Test
    void shouldWriteModelsThatAllLoadUnderTheirOwnNames(@TempDir Path location) throws IOException {
        List<String> names = ModelSetGenerator.write(location, 8);

        ModelRegistry registry = Engine.load(List.of(ModelLocations.read(location, Limits.DEFAULT)),
                Limits.DEFAULT).registry();

        assertThat(registry.problems()).isEmpty();
        assertThat(registry.names()).containsExactlyInAnyOrderElementsOf(names).hasSize(8);
        assertThat(registry.model("helm-004").orElseThrow().version()).isEqualTo("1.4.0");
        assertThat(registry.model("helm-004").orElseThrow().binding().defaultJob()).contains("deploy");
    }
}
