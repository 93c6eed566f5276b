package io.liteci.plan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.liteci.problem.FileFailure;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The plan.json contract: a plan as plain maps and lists, and as the exact text written to disk.
 *
 * <p>Field order is fixed and maps keep the order in which they were written, so the same plan always
 * gives the same bytes.
 */
public final class PlanJson {

    // Characters outside the basic plane are written as themselves in UTF-8 rather than as pairs of escapes.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** How many jobs make one part of the text made on two threads. */
    private static final int JOBS_PER_PART = 64;

    /** What follows the last job: its closing brace is the last character of a part. */
    private static final byte[] END_OF_JOBS = "\n  ]".getBytes(StandardCharsets.US_ASCII);

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
        StringWriter text = new StringWriter(4096);
        try {
            write(plan, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a plan of plain values cannot fail to serialize", e);
        }
        return text.toString();
    }

    /**
     * Streams the text of plan.json, ending with a newline, to {@code out} as UTF-8. The jobs are made
     * into text in parts of a few jobs, on this thread and on a thread of the common pool; a few parts
     * at most wait to be written, and each is let go once written. The stream is flushed, not closed.
     */
    public static void write(Plan plan, OutputStream out) throws IOException {
        write(plan, out, ForkJoinPool.commonPool(), JOBS_PER_PART);
    }

    /** The same, with the jobs' text made in parts of {@code jobsPerPart} jobs, also on {@code helper}. */
    static void write(Plan plan, OutputStream out, Executor helper, int jobsPerPart) throws IOException {
        write(plan, JSON.createGenerator(out, JsonEncoding.UTF8), json -> {
            if (plan.jobs().size() <= jobsPerPart) {
                jobs(plan.jobs(), json);
                return;
            }
            json.writeRawValue("[");
            json.flush();
            new JobParts(plan.jobs(), jobsPerPart, helper).writeTo(out);
            out.write(END_OF_JOBS);
        });
        out.flush();
    }

    /** Streams the text of plan.json, ending with a newline, to {@code out}, which is flushed, not closed. */
    public static void write(Plan plan, Writer out) throws IOException {
        write(plan, JSON.createGenerator(out), json -> jobs(plan.jobs(), json));
        out.flush();
    }

    private static void write(Plan plan, JsonGenerator generator, JobsWriter jobs) throws IOException {
        try (JsonGenerator json = generator) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(PRINTER.createInstance());
            json.writeStartObject();
            json.writeStringField("apiVersion", Plan.API_VERSION);
            json.writeStringField("kind", Plan.KIND);
            json.writeStringField("intent", plan.intent());
            json.writeStringField("liteciVersion", plan.liteciVersion());
            json.writeFieldName("jobs");
            jobs.write(json);
            json.writeArrayFieldStart("levels");
            for (List<String> level : plan.levels()) {
                strings(level, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void jobs(List<PlannedJob> jobs, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (PlannedJob job : jobs) {
            writeJob(job, json);
        }
        json.writeEndArray();
    }

    private static void writeJob(PlannedJob job, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("component", job.component());
        json.writeStringField("type", job.type());
        json.writeStringField("job", job.job());
        json.writeFieldName("dependsOn");
        strings(job.dependsOn(), json);
        json.writeFieldName("agent");
        if (job.agent().isPresent()) {
            json.writeString(job.agent().get());
        } else {
            json.writeNull();
        }
        json.writeFieldName("timeoutSeconds");
        if (job.timeoutSeconds().isPresent()) {
            json.writeNumber(job.timeoutSeconds().get());
        } else {
            json.writeNull();
        }
        json.writeFieldName("labels");
        strings(job.labels(), json);
        json.writeArrayFieldStart("steps");
        for (PlannedStep step : job.steps()) {
            json.writeStartObject();
            json.writeStringField("name", step.name());
            json.writeStringField("command", step.command());
            json.writeNumberField("timeoutSeconds", step.timeoutSeconds());
            json.writeNumberField("retries", step.retries());
            json.writeStringField("onFailure", step.onFailure());
            json.writeFieldName("env");
            strings(step.env(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(List<String> values, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void strings(Map<String, String> values, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** Writes the value of the field "jobs". */
    private interface JobsWriter {

        void write(JsonGenerator json) throws IOException;
    }

    /**
     * The text of the jobs, from the line break before the first to the closing brace of the last, made in
     * parts of a few jobs each. The writing thread and a helper thread each make the next part nobody has
     * begun; the writing thread writes them in order, waiting only for a part the helper is making. The
     * helper stops when it is {@link #AHEAD} parts ahead of the writing, which then makes the rest itself,
     * so that a slow output never holds more than that many parts. Each part is written by its own
     * generator inside a "jobs" array, at the depth the jobs have in plan.json, so that the parts joined
     * by commas are the very text one generator writes.
     */
    private static final class JobParts {

        private static final int AHEAD = 16;

        private final List<PlannedJob> jobs;

        private final int jobsPerPart;

        private final Executor helper;

        /** The parts' texts, each let go once written. */
        private final AtomicReferenceArray<CompletableFuture<byte[]>> texts;

        private final AtomicInteger next = new AtomicInteger();

        /** The part the writing thread writes next. */
        private volatile int writing;

        JobParts(List<PlannedJob> jobs, int jobsPerPart, Executor helper) {
            this.jobs = jobs;
            this.jobsPerPart = jobsPerPart;
            this.helper = helper;
            this.texts = new AtomicReferenceArray<>((jobs.size() + jobsPerPart - 1) / jobsPerPart);
            for (int part = 0; part < texts.length(); part++) {
                texts.set(part, new CompletableFuture<>());
            }
        }

        void writeTo(OutputStream out) throws IOException {
            ReleasableTask task = new ReleasableTask(this::makeParts);
            try {
                helper.execute(task);
            } catch (RejectedExecutionException | OutOfMemoryError refused) {
                // No helper, or none to be had: the writing thread makes every part itself.
            }
            Bytes scratch = new Bytes();
            try {
                for (int part = 0; part < texts.length(); part++) {
                    writing = part;
                    while (!texts.get(part).isDone() && makeNextPart(scratch)) {
                        // Made a part while the helper makes this one.
                    }
                    if (part > 0) {
                        out.write(',');
                    }
                    out.write(text(part));
                    texts.set(part, null);
                }
            } finally {
                next.set(texts.length());
                task.release();
            }
        }

        /** Makes parts on the helper thread until every part is made or begun, or it is far enough ahead. */
        private void makeParts() {
            Bytes scratch = new Bytes();
            while (next.get() < writing + AHEAD && makeNextPart(scratch)) {
                // The next part.
            }
        }

        /** Makes the next part nobody has begun, in {@code scratch}; false when there is none. */
        private boolean makeNextPart(Bytes scratch) {
            int part = next.getAndIncrement();
            if (part >= texts.length()) {
                return false;
            }
            CompletableFuture<byte[]> text = texts.get(part);
            try {
                text.complete(make(part, scratch));
            } catch (IOException | RuntimeException failure) {
                text.completeExceptionally(failure);
            } catch (Error failure) {
                text.completeExceptionally(failure);
                throw failure;
            }
            return true;
        }

        private byte[] make(int part, Bytes bytes) throws IOException {
            bytes.reset();
            int start;
            try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
                json.setPrettyPrinter(PRINTER.createInstance());
                json.writeStartObject();
                json.writeArrayFieldStart("jobs");
                json.flush();
                start = bytes.size();
                int from = part * jobsPerPart;
                for (PlannedJob job : jobs.subList(from, Math.min(jobs.size(), from + jobsPerPart))) {
                    writeJob(job, json);
                }
                json.flush();
                return bytes.range(start);
            }
        }

        /** The text of a part, or the failure of making it, as it was thrown. */
        private byte[] text(int part) throws IOException {
            try {
                return texts.get(part).join();
            } catch (CompletionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw failed;
            }
        }
    }

    /** A byte buffer, used again for every part, whose tail can be copied without copying the whole first. */
    private static final class Bytes extends ByteArrayOutputStream {

        Bytes() {
            super(64 * 1024);
        }

        byte[] range(int from) {
            return Arrays.copyOfRange(buf, from, count);
        }
    }

    /**
     * Writes plan.json to {@code target} through a temporary file beside it, so that a reader never sees
     * half a plan and a failed write leaves the previous file as it was. A failure names {@code target}.
     */
    public static void write(Plan plan, Path target) throws IOException {
        try {
            writeThroughPartial(plan, target);
        } catch (IOException failure) {
            String reason = FileFailure.reason(failure);
            FileSystemException named = new FileSystemException(target.toString(), null, reason);
            named.initCause(failure);
            throw named;
        }
    }

    private static void writeThroughPartial(Plan plan, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException file) {
            throw new NotDirectoryException(file.getFile());
        }
        // Not Files.createTempFile, whose files only their owner may read: plan.json is made like any
        // other new file, under the writer's umask.
        String name = ".plan-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
        Path partial = directory.resolve(name);
        OutputStream created = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            try (OutputStream out = new BufferedOutputStream(created, 64 * 1024)) {
                write(plan, out);
            }
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
