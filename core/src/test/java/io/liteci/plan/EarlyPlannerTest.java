package io.liteci.plan;

import static io.liteci.support.Fixtures.INTENT_HEADER;
import static io.liteci.support.Fixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.liteci.Engine;
import io.liteci.load.IntentReader;
import io.liteci.load.ParsedIntent;
import io.liteci.problem.Problems;
import io.liteci.support.Fixtures;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EarlyPlannerTest {

    private static final Planner PLANNER = new Planner(Fixtures.engine("models").registry(), Engine.version());

    private static final Executor SAME_THREAD = Runnable::run;

    private static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stopOtherThread() {
        OTHER_THREAD.shutdownNow();
    }

    @Test
    void shouldTakeTheOutcomeOfEveryComponentPlannedWhileTheFileWasRead() {
        String intent = components(200);
        Early early = planEarly(intent, SAME_THREAD, 20);

        assertThat(early.outcomesUsed()).isEqualTo(200);
        assertThat(text(early.planned())).isEqualTo(text(planAlone(intent)));
    }

    @Test
    void shouldPlanOnTheOtherThreadTheSameAsTheReadingThreadAlone() {
        String intent = components(2_000);
        String alone = text(planAlone(intent));

        for (int batchSize = 1; batchSize <= 20; batchSize++) {
            Early early = planEarly(intent, OTHER_THREAD, batchSize, EarlyPlannerTest::awaitOtherThread);

            assertThat(early.outcomesUsed()).as("batches of %d", batchSize).isEqualTo(2_000 / batchSize * batchSize);
            assertThat(text(early.planned())).as("batches of %d", batchSize).isEqualTo(alone);
        }
    }

    @Test
    void shouldPlanTheSameWhileTheOtherThreadIsStillPlanning() {
        String intent = components(2_000);
        String alone = text(planAlone(intent));

        for (int batchSize = 1; batchSize <= 20; batchSize++) {
            assertThat(text(planEarly(intent, OTHER_THREAD, batchSize).planned())).isEqualTo(alone);
        }
    }

    @Test
    void shouldPlanEveryComponentOnTheReadingThreadWhenNoOtherThreadRuns() {
        String intent = components(100);
        Executor neverRuns = task -> { };
        Executor refuses = task -> {
            throw new RejectedExecutionException("shut down");
        };

        assertThat(text(planEarly(intent, neverRuns, 8).planned())).isEqualTo(text(planAlone(intent)));
        assertThat(text(planEarly(intent, refuses, 8).planned())).isEqualTo(text(planAlone(intent)));
    }

    @Test
    void shouldPlanAgainTheComponentsReadBeforeTheIntentNamedItself() {
        String intent = """
                apiVersion: liteci.io/v1
                kind: Intent
                spec:
                  components:
                    - {name: api, type: app, inputs: {namespace: shop}}
                metadata:
                  name: shop
                """;

        Early early = planEarly(intent, SAME_THREAD, 1);

        assertThat(early.outcomesUsed()).isZero();
        assertThat(early.planned().plan().orElseThrow().jobs().get(0).steps().get(0).env())
                .containsEntry("RELEASE", "shop-api");
    }

    @Test
    void shouldReportTheSameProblemsAtTheSameLinesAsTheReadingThreadAlone() {
        String intent = INTENT_HEADER + """
                    - {name: api, type: app, inputs: {namespace: shop, replicas: 0}}
                    - {name: web, type: ap, inputs: {namespace: shop}}
                    - {name: job, type: app, job: deplo, inputs: {namespace: shop}}
                    - {name: probe, type: app, job: smoke, inputs: {namespace: shop}, dependsOn: [ap]}
                """;

        Early early = planEarly(intent, SAME_THREAD, 2);

        assertThat(early.outcomesUsed()).isEqualTo(4);
        assertThat(messages(early.planned().problems())).hasSize(5)
                .isEqualTo(messages(planAlone(intent).problems()));
    }

    private static String components(int count) {
        StringBuilder intent = new StringBuilder(INTENT_HEADER);
        for (int i = 0; i < count; i++) {
            intent.append("    - name: c").append(i).append('\n')
                    .append("      type: app\n")
                    .append(i % 3 == 0 ? "      job: build\n" : "")
                    .append("      inputs: {namespace: team-").append(i % 7).append(", path: src/c").append(i)
                    .append("}\n");
            if (i > 0) {
                intent.append("      dependsOn: [c").append(i / 2).append("]\n");
            }
        }
        return intent.toString();
    }

    private static Early planEarly(String intent, Executor executor, int batchSize) {
        return planEarly(intent, executor, batchSize, () -> { });
    }

    /** Plans while reading; {@code beforePlanning} runs once the file has been read. */
    private static Early planEarly(String intent, Executor executor, int batchSize, Runnable beforePlanning) {
        Problems problems = new Problems();
        try (EarlyPlanner early = new EarlyPlanner(PLANNER, PlanOptions.NONE, executor, batchSize)) {
            ParsedIntent parsed = reader().read("intent.yaml", bytes(intent), problems, early::take).orElseThrow();
            assertThat(problems.list()).isEmpty();
            beforePlanning.run();
            return new Early(early.plan(parsed), early.outcomesUsed());
        }
    }

    /** Waits until the other thread has run every task given to it so far. */
    private static void awaitOtherThread() {
        try {
            OTHER_THREAD.submit(() -> { }).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Planned planAlone(String intent) {
        Problems problems = new Problems();
        ParsedIntent parsed = reader().read("intent.yaml", bytes(intent), problems).orElseThrow();
        assertThat(problems.list()).isEmpty();
        return PLANNER.plan(parsed, PlanOptions.NONE);
    }

    private static IntentReader reader() {
        return new IntentReader(new YamlReader(Limits.DEFAULT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The plan as plan.json, or the problems, so that two outcomes compare as text. */
    private static String text(Planned planned) {
        return planned.plan().map(PlanJson::write).orElseGet(() -> String.join("\n", messages(planned.problems())));
    }

    private record Early(Planned planned, int outcomesUsed) {
    }
}
