package io.liteci.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.Engine;
import io.liteci.load.ModelLocations;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.yaml.Limits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCompilationTest {

    @Test
    void shouldCompileEachModelsInputSchemaOnceAndNeverPerComponent() {
        FormatSchemas.instance();
        long before = Schemas.compiled();

        Engine engine = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT);
        long afterLoading = Schemas.compiled();
        Planned small = engine.plan("small.yaml", intent(4), PlanOptions.NONE);
        Planned large = engine.plan("large.yaml", intent(400), PlanOptions.NONE);

        assertThat(small.problems()).isEmpty();
        assertThat(large.problems()).isEmpty();
        assertThat(large.plan().orElseThrow().jobs()).hasSize(400);
        assertThat(afterLoading - before).as("one compilation per bundled model")
                .isEqualTo(engine.registry().models().size());
        assertThat(Schemas.compiled()).as("planning compiles nothing").isEqualTo(afterLoading);
    }

    /** An intent of that many terraform and charts components, half and half. */
    private static byte[] intent(int components) {
        StringBuilder yaml = new StringBuilder("apiVersion: liteci.io/v1\nkind: Intent\nmetadata:\n  name: many\n"
                + "spec:\n  components:\n");
        for (int i = 0; i < components; i++) {
            yaml.append("    - name: c").append(i).append('\n');
            if (i % 2 == 0) {
                yaml.append("      type: terraform\n      inputs: {environment: dev, variables: {n: ")
                        .append(i).append("}}\n");
            } else {
                yaml.append("      type: charts\n      dependsOn: [c").append(i - 1).append("]\n")
                        .append("      inputs: {path: charts/c").append(i).append(", version: \"1.0.").append(i)
                        .append("\", registry: \"oci://registry.example.com/charts\"}\n");
            }
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
