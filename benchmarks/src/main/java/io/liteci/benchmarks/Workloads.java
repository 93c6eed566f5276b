package io.liteci.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark workloads to files, for measurements outside JMH such as the peak heap:
 * {@code intent SIZE FILE} or {@code models COUNT DIRECTORY}.
 */
public final class Workloads {

    private Workloads() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[0].matches("intent|models") || !args[1].matches("[1-9][0-9]*")) {
            System.err.println("usage: Workloads intent SIZE FILE | models COUNT DIRECTORY");
            System.exit(2);
        }
        int size = Integer.parseInt(args[1]);
        Path target = Path.of(args[2]);
        if (args[0].equals("intent")) {
            Files.writeString(target, new IntentGenerator(IntentBenchmark.SEED).intent(size));
        } else {
            ModelSetGenerator.write(Files.createDirectories(target), size);
        }
        System.out.println("wrote " + args[0] + " of " + size + " to " + target);
    }
}
