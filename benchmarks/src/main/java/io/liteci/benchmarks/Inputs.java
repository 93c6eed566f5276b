package io.liteci.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Writes a component's inputs that its model's schema.yaml accepts: the required ones, some optional
 * ones, and free-form values where the schema leaves an object open, 5 to 20 values in all (the charts
 * model declares only three inputs, so its components have three).
 */
final class Inputs {

    private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production");

    private static final String INDENT = "        ";

    private final Random random;

    Inputs(Random random) {
        this.random = random;
    }

    /** A word naming what a component of the type is, the start of its name. */
    static String word(String type) {
        return switch (type) {
            case "helm" -> "addon";
            case "helmCommon" -> "svc";
            case "terraform" -> "infra";
            default -> "chart";
        };
    }

    /** A job the type's bundled binding offers. */
    static String job(String type, Random random) {
        List<String> jobs = switch (type) {
            case "helm" -> List.of("deploy", "rollback", "diff");
            case "helmCommon" -> List.of("deploy", "health-check", "rollback");
            case "terraform" -> List.of("plan", "apply", "destroy");
            default -> List.of("package", "publish", "test");
        };
        return jobs.get(random.nextInt(jobs.size()));
    }

    /** Appends the inputs of a component, indented under its {@code inputs:} line. */
    void write(String type, String name, StringBuilder yaml) {
        int wanted = 5 + random.nextInt(16);
        switch (type) {
            case "helm" -> helm(name, wanted, yaml);
            case "helmCommon" -> helmCommon(name, wanted, yaml);
            case "terraform" -> terraform(name, wanted, yaml);
            default -> charts(name, yaml);
        }
    }

    private void helm(String name, int wanted, StringBuilder yaml) {
        line(yaml, "chart", random.nextBoolean() ? "repo" + random.nextInt(20) + "/" + name
                : "oci://ghcr.io/platform/charts/" + name);
        line(yaml, "chartVersion", quoted((random.nextBoolean() ? "v" : "") + version()));
        line(yaml, "namespace", "ns-" + random.nextInt(50));
        int written = 3;
        if (random.nextBoolean()) {
            line(yaml, "createNamespace", String.valueOf(random.nextBoolean()));
            written++;
        }
        if (random.nextBoolean()) {
            line(yaml, "timeout", (1 + random.nextInt(15)) + "m");
            written++;
        }
        values(yaml, Math.max(1, wanted - written));
    }

    private void helmCommon(String name, int wanted, StringBuilder yaml) {
        line(yaml, "chart", "oci://registry.example.com/charts/common");
        line(yaml, "chartVersion", quoted(version()));
        line(yaml, "namespace", "team-" + random.nextInt(30));
        line(yaml, "environment", ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size())));
        yaml.append(INDENT).append("image:\n");
        yaml.append(INDENT).append("  repository: registry.example.com/team").append(random.nextInt(30)).append('/')
                .append(name).append('\n');
        yaml.append(INDENT).append("  tag: ").append(quoted(version())).append('\n');
        line(yaml, "host", name + ".apps.example.com");
        int written = 7;
        if (random.nextBoolean()) {
            line(yaml, "replicas", String.valueOf(1 + random.nextInt(20)));
            written++;
        }
        if (random.nextBoolean()) {
            line(yaml, "port", String.valueOf(1024 + random.nextInt(60000)));
            written++;
        }
        if (random.nextBoolean()) {
            line(yaml, "healthPath", "/health/" + random.nextInt(5));
            written++;
        }
        if (wanted > written) {
            values(yaml, wanted - written);
        }
    }

    private void terraform(String name, int wanted, StringBuilder yaml) {
        line(yaml, "workingDirectory", "infra/" + name);
        line(yaml, "environment", ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size())));
        yaml.append(INDENT).append("variables:\n");
        for (int i = 0; i < wanted - 2; i++) {
            yaml.append(INDENT).append("  var_").append(i).append(": ").append(scalar(i)).append('\n');
        }
    }

    private void charts(String name, StringBuilder yaml) {
        line(yaml, "path", "charts/" + name);
        line(yaml, "version", quoted(version()));
        line(yaml, "registry", "oci://registry.example.com/charts");
    }

    /** Free-form chart values: some at the top, the rest in nested groups. */
    private void values(StringBuilder yaml, int count) {
        yaml.append(INDENT).append("values:\n");
        for (int i = 0; i < count; i++) {
            if (i % 4 == 3) {
                yaml.append(INDENT).append("  group").append(i).append(":\n");
                yaml.append(INDENT).append("    enabled: ").append(random.nextBoolean()).append('\n');
            } else {
                yaml.append(INDENT).append("  key").append(i).append(": ").append(scalar(i)).append('\n');
            }
        }
    }

    private String scalar(int i) {
        return switch (i % 3) {
            case 0 -> String.valueOf(random.nextInt(1000));
            case 1 -> "value-" + random.nextInt(10_000);
            default -> String.valueOf(random.nextBoolean());
        };
    }

    private String version() {
        return random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(10);
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }

    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append(INDENT).append(key).append(": ").append(value).append('\n');
    }
}
