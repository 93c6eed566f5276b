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
import java.nio.file.Path;
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

        Engine engine = Engine.load(locations, limits);
        Planned planned = engine.plan(intent.orElseThrow(), request.intent(), request.options());
        if (planned.plan().isEmpty()) {
            planned.problems().forEach(problem -> problems.add(problem.toString()));
            return outcome(problems, engine.registry(), origins, Optional.empty());
        }

        PlanJson.write(planned.plan().get(), planFile.orElseThrow());
        return outcome(problems, engine.registry(), origins, planned.plan());
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
