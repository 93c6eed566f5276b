package io.liteci.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.liteci.Engine;
import io.liteci.load.ModelLocations;
import io.liteci.plan.PlanJson;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the ratios of the targets by taking turns, each round running the baseline and the end-to-end
 * plan once for every size on a freshly collected heap, so that a change of load weighs on both alike.
 * Usage: {@code Interleaved ROUNDS SIZE...}, for example {@code Interleaved 30 10000 50000}.
 */
public final class Interleaved {

    private static final int WARM_UP_ROUNDS = 10;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Interleaved() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !Arrays.stream(args).allMatch(arg -> arg.matches("[1-9][0-9]*"))) {
            System.err.println("usage: Interleaved ROUNDS SIZE...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        Path directory = Files.createTempDirectory("liteci-interleaved-");
        Engine engine = Engine.load(List.of(ModelLocations.bundled()), Limits.DEFAULT);
        List<Workload> workloads = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            workloads.add(new Workload(Integer.parseInt(args[i]), directory, engine));
        }

        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (Workload workload : workloads) {
                workload.measure(round >= 0);
            }
        }

        for (Workload workload : workloads) {
            workload.report();
        }
        Workload smallest = workloads.get(0);
        for (Workload workload : workloads.subList(1, workloads.size())) {
            System.out.printf(Locale.ROOT, "%,d / %,d components: end to end %.2f times, baseline %.2f times;"
                    + " without collections %.2f and %.2f%n", workload.size, smallest.size,
                    workload.plan.median() / smallest.plan.median(),
                    workload.baseline.median() / smallest.baseline.median(),
                    workload.plan.medianWithoutCollections() / smallest.plan.medianWithoutCollections(),
                    workload.baseline.medianWithoutCollections() / smallest.baseline.medianWithoutCollections());
        }
        for (Workload workload : workloads) {
            workload.delete();
        }
        Files.delete(directory);
    }

    /** One intent with its baseline, and the times measured of each. */
    private static final class Workload {

        private final int size;

        private final Path intentFile;

        private final Path planFile;

        private final Engine engine;

        private final Baseline checker;

        private final Times baseline = new Times();

        private final Times plan = new Times();

        Workload(int size, Path directory, Engine engine) throws IOException {
            this.size = size;
            this.intentFile = Files.writeString(directory.resolve("intent-" + size + ".yaml"),
                    new IntentGenerator(IntentBenchmark.SEED).intent(size));
            this.planFile = directory.resolve("plan-" + size + ".json");
            this.engine = engine;
            this.checker = new Baseline((int) Files.size(intentFile) + 1);
        }

        void measure(boolean record) throws IOException {
            baseline.time(record, () -> {
                if (checker.check(Files.readAllBytes(intentFile)) != 0) {
                    throw new IllegalStateException("the generated intent has invalid inputs");
                }
            });
            plan.time(record, () -> {
                Planned planned = engine.plan(intentFile.toString(), Files.readAllBytes(intentFile),
                        PlanOptions.NONE);
                PlanJson.write(planned.plan().orElseThrow(), planFile);
            });
        }

        void report() {
            // The process's CPU clock counts in steps of about 10 ms, too coarse for the smallest intents.
            String allThreads = baseline.medianProcessCpu() > 0
                    ? String.format(Locale.ROOT, "%.2f", plan.medianProcessCpu() / baseline.medianProcessCpu())
                    : "too short to tell";
            System.out.printf(Locale.ROOT, "%,d components over %d rounds, medians: baseline %.1f ms (CPU %.1f ms),"
                    + " end to end %.1f ms (CPU %.1f ms, %.1f ms in all threads); end to end / baseline %.2f,"
                    + " in CPU time %.2f (all threads %s), without collections %.2f%n", size, plan.count(),
                    baseline.median(), baseline.medianCpu(), plan.median(), plan.medianCpu(),
                    plan.medianProcessCpu(), plan.median() / baseline.median(),
                    plan.medianCpu() / baseline.medianCpu(), allThreads,
                    plan.medianWithoutCollections() / baseline.medianWithoutCollections());
        }

        void delete() throws IOException {
            Files.deleteIfExists(intentFile);
            Files.deleteIfExists(planFile);
        }
    }

    /** Wall, CPU and collection times of one kind of operation, in milliseconds. */
    private static final class Times {

        private final List<Double> wall = new ArrayList<>();

        private final List<Double> cpu = new ArrayList<>();

        private final List<Double> processCpu = new ArrayList<>();

        private final List<Double> withoutCollections = new ArrayList<>();

        /** Runs the operation on a collected heap and, when {@code record}, keeps its times. */
        void time(boolean record, Operation operation) throws IOException {
            System.gc();
            long collectionStart = collectionMillis();
            long wallStart = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long processCpuStart = PROCESS.getProcessCpuTime();
            operation.run();
            double wallMillis = (System.nanoTime() - wallStart) / 1e6;
            double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            double processCpuMillis = (PROCESS.getProcessCpuTime() - processCpuStart) / 1e6;
            long collected = collectionMillis() - collectionStart;
            if (record) {
                wall.add(wallMillis);
                cpu.add(cpuMillis);
                processCpu.add(processCpuMillis);
                withoutCollections.add(wallMillis - collected);
            }
        }

        int count() {
            return wall.size();
        }

        double median() {
            return median(wall);
        }

        double medianCpu() {
            return median(cpu);
        }

        /** The CPU time of every thread of the process, the second planning thread and the collectors too. */
        double medianProcessCpu() {
            return median(processCpu);
        }

        double medianWithoutCollections() {
            return median(withoutCollections);
        }

        private static double median(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /** One operation measured. */
    private interface Operation {

        void run() throws IOException;
    }

    /** The collection time the JVM has reported so far; for G1 on JDK 17, the time of its pauses. */
    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
