package io.liteci.plan;

import java.io.IOException;
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
        // Written field by field rather than through toMap: a large plan never exists twice in memory.
        JsonText json = new JsonText(estimatedLength(plan));
        json.beginObject()
                .name("apiVersion").string(Plan.API_VERSION)
                .name("kind").string(Plan.KIND)
                .name("intent").string(plan.intent())
                .name("liteciVersion").string(plan.liteciVersion())
                .name("jobs").beginArray();
        for (PlannedJob job : plan.jobs()) {
            writeJob(job, json);
        }
        json.endArray().name("levels").beginArray();
        for (List<String> level : plan.levels()) {
            strings(level, json);
        }
        return json.endArray().endObject().text();
    }

    private static void writeJob(PlannedJob job, JsonText json) {
        json.beginObject()
                .name("component").string(job.component())
                .name("type").string(job.type())
                .name("job").string(job.job())
                .name("dependsOn");
        strings(job.dependsOn(), json);
        json.name("agent");
        job.agent().ifPresentOrElse(json::string, json::nullValue);
        json.name("timeoutSeconds");
        job.timeoutSeconds().ifPresentOrElse(json::number, json::nullValue);
        json.name("labels");
        strings(job.labels(), json);
        json.name("steps").beginArray();
        for (PlannedStep step : job.steps()) {
            json.beginObject()
                    .name("name").string(step.name())
                    .name("command").string(step.command())
                    .name("timeoutSeconds").number(step.timeoutSeconds())
                    .name("retries").number(step.retries())
                    .name("onFailure").string(step.onFailure())
                    .name("env");
            strings(step.env(), json);
            json.endObject();
        }
        json.endArray().endObject();
    }

    private static void strings(List<String> values, JsonText json) {
        json.beginArray();
        values.forEach(json::string);
        json.endArray();
    }

    private static void strings(Map<String, String> values, JsonText json) {
        json.beginObject();
        values.forEach((name, value) -> json.name(name).string(value));
        json.endObject();
    }

    /** Room for the whole text, so that the buffer of a large plan is not copied as it grows. */
    private static int estimatedLength(Plan plan) {
        long length = 256;
        for (PlannedJob job : plan.jobs()) {
            length += 512;
            for (PlannedStep step : job.steps()) {
                length += 256 + step.command().length() + step.command().length() / 8;
            }
        }
        return (int) Math.min(length, Integer.MAX_VALUE - 16);
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
