package io.liteci;

import io.liteci.load.IntentReader;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelRegistry;
import io.liteci.load.ParsedIntent;
import io.liteci.load.RegistryLoader;
import io.liteci.model.Version;
import io.liteci.plan.EarlyPlanner;
import io.liteci.plan.PlanOptions;
import io.liteci.plan.Planned;
import io.liteci.plan.Planner;
import io.liteci.problem.FileFailure;
import io.liteci.problem.Problem;
import io.liteci.problem.Problems;
import io.liteci.problem.SourcePosition;
import io.liteci.yaml.Limits;
import io.liteci.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The LiteCI engine: a registry of models loaded from ordered locations, and the planning of intents
 * against it. The command line and the Jenkins plugin are both thin layers over this class.
 */
public final class Engine {

    private static final Version VERSION = readVersion();

    private final ModelRegistry registry;

    private final Limits limits;

    private Engine(ModelRegistry registry, Limits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    /** Loads the models of the given locations, in order; later locations override earlier ones. */
    public static Engine load(List<ModelLocation> locations, Limits limits) {
        return new Engine(new RegistryLoader(limits).load(locations), limits);
    }

    /** The version of this LiteCI. */
    public static Version version() {
        return VERSION;
    }

    /** The models loaded, with the problems and notes of loading them. */
    public ModelRegistry registry() {
        return registry;
    }

    /** Reads and plans an intent; {@code file} names it in messages. */
    public Planned plan(String file, byte[] intent, PlanOptions options) {
        Problems problems = new Problems();
        try (EarlyPlanner early = new EarlyPlanner(new Planner(registry, VERSION), options)) {
            Optional<ParsedIntent> parsed = new IntentReader(new YamlReader(limits))
                    .read(file, intent, problems, early::take);
            if (parsed.isEmpty()) {
                return new Planned(Optional.empty(), problems.list());
            }
            Planned planned = early.plan(parsed.get());
            if (problems.isEmpty()) {
                return planned;
            }
            problems.addAll(planned.problems());
            return new Planned(Optional.empty(), problems.list());
        }
    }

    /**
     * Reads and plans an intent file, refusing one larger than the limits allow before reading it;
     * {@code name} names it in messages. A file that cannot be read is a problem like any other.
     */
    public Planned plan(Path intent, String name, PlanOptions options) {
        try {
            long size = Files.size(intent);
            if (size > limits.maxFileBytes()) {
                return refused(FileFailure.tooLarge(name, size, limits.maxFileBytes()));
            }
            return plan(name, Files.readAllBytes(intent), options);
        } catch (NoSuchFileException missing) {
            return refused(Problem.at(name, SourcePosition.UNKNOWN, "no such intent file"));
        } catch (IOException unreadable) {
            return refused(FileFailure.unreadable(name, unreadable));
        }
    }

    private static Planned refused(Problem problem) {
        return new Planned(Optional.empty(), List.of(problem));
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("/liteci/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = properties.getProperty("version", "0.0.0");
        return Version.parse(text).orElseThrow(() -> new IllegalStateException("malformed version " + text));
    }
}
