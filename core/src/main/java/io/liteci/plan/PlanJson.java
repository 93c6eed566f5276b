package io.liteci.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan.json contract: a plan as plain maps and lists, and as the exact text written to disk.
 *
 * <p>Field order is fixed and maps keep the order in which they were written, so the same plan always
 * gives the same bytes.
 */
public final class PlanJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PlanJson() {
    }

    /** The plan as plain maps, lists, strings, numbers and nulls. */
    public static Map<String, Object> toMap(Plan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("apiVersion", Plan.API_VERSION);
        map.put("kind", Plan.KIND);
        map.put("intent", plan.intent());
        map.put("liteciVersion", plan.liteciVersion());
        List<Object> jobs = new ArrayList<>(plan.jobs().size());
        plan.jobs().forEach(job -> jobs.add(job(job)));
        map.put("jobs", jobs);
        map.put("levels", plan.levels());
        return map;
    }

    /** The plan as the text of plan.json, ending with a newline. */
    public static String write(Plan plan) {
        try {
            return WRITER.writeValueAsString(toMap(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a plan of plain values cannot fail to serialize", e);
        }
    }

    /**
     * Writes plan.json to {@code target} through a temporary file beside it, so that a reader never sees
     * half a plan and a failed write leaves the previous file as it was.
     */
    public static void write(Plan plan, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, ".plan", ".json.tmp");
        try {
            Files.writeString(partial, write(plan), StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Map<String, Object> job(PlannedJob job) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("component", job.component());
        map.put("type", job.type());
        map.put("job", job.job());
        map.put("dependsOn", job.dependsOn());
        map.put("agent", job.agent().orElse(null));
        map.put("timeoutSeconds", job.timeoutSeconds().orElse(null));
        map.put("labels", job.labels());
        List<Object> steps = new ArrayList<>(job.steps().size());
        job.steps().forEach(step -> steps.add(step(step)));
        map.put("steps", steps);
        return map;
    }

    private static Map<String, Object> step(PlannedStep step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", step.name());
        map.put("command", step.command());
        map.put("timeoutSeconds", step.timeoutSeconds());
        map.put("retries", step.retries());
        map.put("onFailure", step.onFailure());
        map.put("env", step.env());
        return map;
    }
}
