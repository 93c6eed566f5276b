package io.liteci.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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

    @Test
    void shouldWriteTheSameBytesWhenTheJobsAreMadeInPartsOnTwoThreads() throws IOException {
        Plan plan = manyJobs(planOfEveryKindOfValue(), 301);
        byte[] inOneGo = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            for (int jobsPerPart : new int[] {1, 2, 7, 64, 300, 301}) {
                assertThat(inParts(plan, helper, jobsPerPart)).as("parts of %d jobs", jobsPerPart)
                        .isEqualTo(inOneGo);
            }
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void shouldWriteAFileOfManyJobsAsText(@TempDir Path directory) throws IOException {
        Plan plan = manyJobs(planOfEveryKindOfValue(), 1_000);
        Path file = directory.resolve("plan.json");

        PlanJson.write(plan, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(PlanJson.write(plan).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldFailLikeItsOutputWhileTheHelperMakesParts() {
        Plan plan = manyJobs(planOfEveryKindOfValue(), 2_000);
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                    () -> PlanJson.write(plan, full, helper, 3)).isInstanceOf(IOException.class)
                    .hasMessage("No space left on device"));
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void shouldMakeEveryPartOnTheWritingThreadWhenTheHelperDoesNotRun() throws IOException {
        Plan plan = manyJobs(planOfEveryKindOfValue(), 50);
        byte[] inOneGo = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
        Executor neverRuns = task -> { };
        Executor refuses = task -> {
            throw new RejectedExecutionException("shut down");
        };
        Executor runsAtOnce = Runnable::run;

        assertThat(inParts(plan, neverRuns, 3)).isEqualTo(inOneGo);
        assertThat(inParts(plan, refuses, 3)).isEqualTo(inOneGo);
        assertThat(inParts(plan, runsAtOnce, 3)).isEqualTo(inOneGo);
    }

    private static byte[] inParts(Plan plan, Executor helper, int jobsPerPart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(plan, out, helper, jobsPerPart);
        return out.toByteArray();
    }

    /** The plan with {@code count} jobs, copies of its own under names of their own. */
    private static Plan manyJobs(Plan plan, int count) {
        List<PlannedJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlannedJob job = plan.jobs().get(i % plan.jobs().size());
            jobs.add(new PlannedJob(job.component() + "-" + i, job.type(), job.job(), job.dependsOn(), job.agent(),
                    job.timeoutSeconds(), job.labels(), job.steps()));
        }
        return new Plan(plan.intent(), plan.liteciVersion(), jobs, List.of(
                jobs.stream().map(PlannedJob::component).toList()));
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
