package io.liteci.support;

import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Model locations under test resources, and engines loaded from them.
 */
public final class Fixtures {

    /** The start of an intent named shop, up to its list of components. */
    public static final String INTENT_HEADER = """
            apiVersion: liteci.io/v1
            kind: Intent
            metadata:
              name: shop
            spec:
              components:
            """;

    private Fixtures() {
    }

    /** A directory under src/test/resources. */
    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's own directory of that name, such as {@code examples}. */
    public static Path repository(String name) {
        return Path.of("..", name).toAbsolutePath().normalize();
    }

    /** An engine over the given test resource locations only, without the bundled models. */
    public static Engine engine(String... locations) {
        List<ModelLocation> all = new ArrayList<>();
        for (String location : locations) {
            all.add(ModelLocations.read(resource(location), Limits.DEFAULT));
        }
        return Engine.load(all, Limits.DEFAULT);
    }

    /** Plans an intent written as text against the test model {@code app}. */
    public static Planned plan(String intent) {
        return plan(intent, PlanOptions.NONE);
    }

    /** Plans an intent written as text against the test model {@code app}, with options. */
    public static Planned plan(String intent, PlanOptions options) {
        return engine("models").plan("intent.yaml", intent.getBytes(StandardCharsets.UTF_8), options);
    }

    /** The problems rendered as the command line prints them. */
    public static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
