package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTextTest {

    @Test
    void shouldWriteTheAgreedLayoutWithNullsEmptyMapsEscapesAndRawUnicode() {
        Plan plan = planOfEveryKindOfValue();

        assertThat(PlanJson.write(plan)).isEqualTo("""
                {
                  "apiVersion": "liteci.io/v1",
                  "kind": "Plan",
                  "intent": "shop",
                  "liteciVersion": "0.1.0",
                  "jobs": [
                    {
                      "component": "network",
                      "type": "terraform",
                      "job": "apply",
                      "dependsOn": [],
                      "agent": "linux",
                      "timeoutSeconds": 3600,
                      "labels": {
                        "tool": "terraform",
                        "action": "apply"
                      },
                      "steps": [
                        {
                          "name": "init",
                          "command": "terraform init",
                          "timeoutSeconds": 300,
                          "retries": 2,
                          "onFailure": "fail",
                          "env": {
                            "TF_IN_AUTOMATION": "1"
                          }
                        },
                        {
                          "name": "notes",
                          "command": "echo \\"done\\" \\\\ \u00fc\\ttab \uD83D\uDE80",
                          "timeoutSeconds": 60,
                          "retries": 0,
                          "onFailure": "continue",
                          "env": {}
                        }
                      ]
                    },
                    {
                      "component": "api",
                      "type": "helmCommon",
                      "job": "deploy",
                      "dependsOn": [
                        "network"
                      ],
                      "agent": null,
                      "timeoutSeconds": null,
                      "labels": {},
                      "steps": []
                    }
                  ],
                  "levels": [
                    [
                      "network"
                    ],
                    [
                      "api"
                    ]
                  ]
                }
                """);
    }

    @Test
    void shouldWriteTheSameBytesToAFileAsToText(@TempDir Path directory) throws IOException {
        Plan plan = planOfEveryKindOfValue();
        Path file = directory.resolve("plan.json");

        PlanJson.write(plan, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(PlanJson.write(plan).getBytes(StandardCharsets.UTF_8));
    }

    private static Plan planOfEveryKindOfValue() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("tool", "terraform");
        labels.put("action", "apply");
        PlannedJob network = new PlannedJob("network", "terraform", "apply", List.of(), Optional.of("linux"),
                Optional.of(3600L), labels, List.of(
                        new PlannedStep("init", "terraform init", 300, 2, "fail", Map.of("TF_IN_AUTOMATION", "1")),
                        new PlannedStep("notes", "echo \"done\" \\ \u00fc\ttab \uD83D\uDE80", 60, 0, "continue",
                                Map.of())));
        PlannedJob api = new PlannedJob("api", "helmCommon", "deploy", List.of("network"), Optional.empty(),
                Optional.empty(), Map.of(), List.of());
        return new Plan("shop", "0.1.0", List.of(network, api), List.of(List.of("network"), List.of("api")));
    }
}
