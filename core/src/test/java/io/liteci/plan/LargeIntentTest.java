package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.support.Fixtures;
import io.liteci.yaml.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LargeIntentTest {

    @Test
    void shouldPlanAnIntentOfOneHundredThousandComponentsWithinTheDefaultLimits() {
        StringBuilder intent = new StringBuilder("""
                apiVersion: liteci.io/v1
                kind: Intent
                metadata:
                  name: large
                spec:
                  components:
                """);
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            intent.append("    - name: component-").append(i).append('\n')
                    .append("      type: app\n")
                    .append("      inputs:\n")
                    .append("        namespace: team-").append(i % 50).append('\n')
                    .append("        path: services/component-").append(i).append('\n')
                    .append("        replicas: ").append(1 + i % 10).append('\n');
            if (i > 200) {
                intent.append("      dependsOn: [component-").append(i - 100).append(", component-")
                        .append(i / 2).append("]\n");
            }
        }
        byte[] content = intent.toString().getBytes(StandardCharsets.UTF_8);

        Planned planned = Fixtures.engine("models").plan("large.yaml", content, PlanOptions.NONE);

        assertThat((long) content.length).isLessThan(Limits.DEFAULT_MAX_FILE_BYTES / 2);
        assertThat(planned.problems()).isEmpty();
        assertThat(planned.plan().orElseThrow().jobs()).hasSize(count);
    }
}
