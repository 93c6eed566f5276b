package io.jenkins.plugins.liteci.step;

import hudson.remoting.VirtualChannel;
import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.load.ModelRegistry;
import io.liteci.plan.Plan;
import io.liteci.plan.PlanJson;
import io.liteci.plan.Planned;
import io.liteci.plan.Stages;
import io.liteci.yaml.Limits;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;

/**
 * Plans an intent where the workspace is: reads the intent and the workspace's model directories there, loads
 * them after the configured locations, and writes plan.json only when the intent is valid.
 */
final class WorkspacePlanner extends MasterToSlaveFileCallable<PlanOutcome> {

    private static final long serialVersionUID = 1L;

    private final List<ModelLocation> configured;

    private final PlanRequest request;

    private final Limits limits;

    WorkspacePlanner(List<ModelLocation> configured, PlanRequest request, Limits limits) {
        this.configured = new ArrayList<>(configured);
        this.request = request;
        this.limits = limits;
    }

    @Override
    public PlanOutcome invoke(File workspace, VirtualChannel channel) throws IOException {
        WorkspacePaths paths = new WorkspacePaths(workspace.toPath());
        List<String> problems = new ArrayList<>();

        Optional<Path> intent = paths.file("intent", request.intent(), problems);
        List<ModelLocation> locations = new ArrayList<>(configured);
        List<String> origins = new ArrayList<>(configured.stream().map(ModelLocation::origin).toList());
        for (String models : request.models()) {
            Optional<Path> directory = paths.directory("models", models, problems);
            directory.ifPresent(path -> locations.add(ModelLocations.read(path, limits)));
            origins.add(models);
        }
        Optional<Path> planFile = paths.target("planFile", request.planFile(), problems);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }

        Optional<byte[]> content = read(intent.orElseThrow(), problems);
        if (content.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Engine engine = Engine.load(locations, limits);
        Planned planned = engine.plan(request.intent(), content.get(), request.options());
        if (planned.plan().isEmpty()) {
            planned.problems().forEach(problem -> problems.add(problem.toString()));
            return outcome(problems, engine.registry(), origins, Optional.empty());
        }

        write(planFile.orElseThrow(), PlanJson.write(planned.plan().get()));
        return outcome(problems, engine.registry(), origins, planned.plan());
    }

    private Optional<byte[]> read(Path intent, List<String> problems) throws IOException {
        long size = Files.size(intent);
        if (size > limits.maxFileBytes()) {
            problems.add(request.intent() + ": file of " + size + " bytes is larger than the limit of "
                    + limits.maxFileBytes() + " bytes");
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(intent));
    }

    /** Writes through a temporary file beside the target, so that a reader never sees half a plan. */
    private static void write(Path target, String json) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".plan", ".json.tmp");
        try {
            Files.writeString(partial, json, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static PlanOutcome outcome(List<String> problems, ModelRegistry registry, List<String> origins,
            Optional<Plan> plan) {
        List<String> warnings = new ArrayList<>();
        registry.problems().forEach(problem -> warnings.add(problem.toString()));
        Map<String, Object> json = plan.map(PlanJson::toMap).map(PlainData::copy).orElseGet(LinkedHashMap::new);
        Map<String, Object> stages = plan.map(Stages::of).map(PlainData::copy).orElseGet(LinkedHashMap::new);
        return new PlanOutcome(problems, warnings, new ArrayList<>(registry.notes()), origins,
                registry.models().size(), json, stages, plan.map(PlanSummary::of).orElse(PlanSummary.NONE));
    }
}
