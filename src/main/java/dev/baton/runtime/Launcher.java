package dev.baton.runtime;

import dev.baton.batch.JobOperators;
import dev.baton.jobxml.JobDefinition;
import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.JobXmlTranslator;
import dev.baton.message.Msg;
import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.pipeline.Policies;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Plan;
import dev.baton.plan.Planner;
import dev.baton.stage.Memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a run starts, whichever front end asks: check the request and the pipeline (load it
 * strictly, merge its preset, check its memory, plan it, render every task with that memory), then
 * translate and store it under its job id, then start it through the job operator.
 */
final class Launcher {

    private final Supplier<Catalog> names;
    private final Path home;

    /**
     * @param names the installed agents' and advisors' names (pipelines are checked against them)
     * @param home  BATON_HOME, where translations and presets are kept
     */
    Launcher(Supplier<Catalog> names, Path home) {
        this.names = names;
        this.home = home;
    }

    /**
     * Checks and plans a run.
     *
     * @throws RunRefusedException with every problem found
     */
    RunPlan plan(RunRequest request) {
        Checked checked = check(request);
        if (!checked.preflight().isEmpty()) {
            throw new RunRefusedException(RunRefusedException.Reason.CANNOT_RUN, checked.preflight());
        }
        return checked.run();
    }

    /**
     * What a run of this request would be refused for; names a task uses that no memory gives are
     * told apart, as what the run needs (an option, {@code --mem}, gives them).
     */
    Validation validate(RunRequest request) {
        Checked checked;
        try {
            checked = check(request);
        } catch (RunRefusedException refused) {
            return new Validation(null, refused.problems(), List.of(), List.of());
        }
        List<Problem> needs = checked.preflight().stream().filter(p -> p.code().equals(Msg.TEMPLATE_UNDEFINED.code())).toList();
        List<Problem> problems = checked.preflight().stream().filter(p -> !needs.contains(p)).toList();
        return new Validation(checked.run().pipeline(), problems, needs, unseen(checked.run()));
    }

    /** The stages of a planned run that no longer see a stage of an earlier wave (notes, not problems). */
    List<Problem> unseen(RunPlan run) {
        return UnseenStages.notes(run.pipeline(), run.plan());
    }

    /** A run planned, and what its preflight found. */
    private record Checked(RunPlan run, List<Problem> preflight) {
    }

    /** Every check but the preflight's verdict: the pipeline loads, its preset exists, its memory and parameters fit. */
    private Checked check(RunRequest request) {
        String source = source(request.pipeline());
        MemoryTexts.checkKeys(request.memory(), source);
        // Before the names of agents are known (the CDI container may still be starting), check
        // what needs no names: the file's shape and its templates; the full load then decides.
        List<Problem> early = request.preset() == null ? earlyPreflight(request) : null;
        Pipeline pipeline = loaded(request.pipeline());
        if (request.preset() != null) {
            pipeline = withPreset(pipeline, request.preset(), source);
        }
        Properties parameters = MemoryTexts.parameters(request.memory(), settings(request),
                pipeline.stages().stream().map(Stage::name).toList(), source);
        Plan plan = Planner.plan(pipeline, request.options());
        List<Problem> preflight = early != null ? early : Preflight.check(pipeline, plan, initialMemory(pipeline, request.memory()));
        return new Checked(new RunPlan(pipeline, plan, parameters), preflight);
    }

    /** Translates a planned run and stores the translation under its job id. */
    PreparedRun prepare(RunPlan run) throws IOException {
        Pipeline pipeline = run.pipeline();
        Plan plan = run.plan();
        Function<String, String> translation = JobXmlTranslator.translation(pipeline, plan);
        String jobId = JobXmlStore.jobId(pipeline.name(), translation);
        String xml = translation.apply(jobId);
        new JobXmlStore(home).store(jobId, xml);
        return new PreparedRun(pipeline, plan, jobId, xml, run.parameters());
    }

    /** Starts a prepared run; returns its execution id. */
    long start(PreparedRun run) {
        return JobOperators.operator().start(run.jobId(), run.parameters());
    }

    /**
     * Starts a job the batch environment already knows (a bundled pipeline) with this memory.
     *
     * @throws RunRefusedException if the memory cannot be its job parameters
     * @throws IOException         if there is no such job
     */
    long startJob(String jobName, Map<String, String> memory, boolean failFast, boolean noCache) throws IOException {
        MemoryTexts.checkKeys(memory, jobName);
        JobDefinition definition = JobOperators.definition(jobName);
        Properties parameters = MemoryTexts.parameters(memory, settings(failFast, noCache, 0), definition.stages(), jobName);
        return JobOperators.operator().start(jobName, parameters);
    }

    /** The loaded pipeline, checked against the installed names. */
    LoadResult load(PipelineSource source) {
        return load(new PipelineLoader(names.get()), source);
    }

    private Pipeline loaded(PipelineSource pipelineSource) {
        if (pipelineSource instanceof PipelineSource.File file && !Files.isRegularFile(file.path())) {
            throw RunRefusedException.of(RunRefusedException.Reason.BAD_REQUEST, file.path().toString(), Msg.PIPELINE_NOT_FOUND, file.path());
        }
        LoadResult result = load(pipelineSource);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new RunRefusedException(RunRefusedException.Reason.CANNOT_RUN, invalid.problems());
        }
        return ((LoadResult.Loaded) result).pipeline();
    }

    private static LoadResult load(PipelineLoader loader, PipelineSource source) {
        if (source instanceof PipelineSource.File file) {
            return loader.load(file.path());
        }
        PipelineSource.Text text = (PipelineSource.Text) source;
        return loader.load(text.yaml(), text.source(), text.defaultName());
    }

    /** The preflight of the pipeline loaded without its names checked, or null when it does not load so. */
    private static List<Problem> earlyPreflight(RunRequest request) {
        if (request.pipeline() instanceof PipelineSource.File file && !Files.isRegularFile(file.path())) {
            return null;
        }
        if (!(load(PipelineLoader.withoutNameChecks(), request.pipeline()) instanceof LoadResult.Loaded loaded)) {
            return null;
        }
        Plan plan = Planner.plan(loaded.pipeline(), request.options());
        return Preflight.check(loaded.pipeline(), plan, initialMemory(loaded.pipeline(), request.memory()));
    }

    private Pipeline withPreset(Pipeline pipeline, String preset, String source) {
        try {
            return Policies.withPreset(pipeline, new PresetCatalog(names.get(), home).find(preset));
        } catch (PresetCatalog.PresetException e) {
            throw new RunRefusedException(RunRefusedException.Reason.BAD_REQUEST, e.lines().stream()
                    .map(line -> new Problem(source, Position.NONE, Msg.BAD_PRESET.code(), line)).toList());
        }
    }

    private static Map<String, Object> initialMemory(Pipeline pipeline, Map<String, String> memory) {
        Map<String, Object> initial = new LinkedHashMap<>(pipeline.memory());
        memory.forEach((k, v) -> initial.put(k, Memory.parameterValue(v)));
        return initial;
    }

    private static Map<String, String> settings(RunRequest request) {
        return settings(request.failFast(), request.noCache(), request.topSuggestions());
    }

    private static Map<String, String> settings(boolean failFast, boolean noCache, int topSuggestions) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (failFast) {
            settings.put(JobProperties.FAIL_FAST, "true");
        }
        if (noCache) {
            settings.put(JobProperties.NO_CACHE, "true");
        }
        if (topSuggestions > 0) {
            settings.put(JobProperties.TOP_SUGGESTIONS, String.valueOf(topSuggestions));
        }
        return settings;
    }

    private static String source(PipelineSource source) {
        return source instanceof PipelineSource.File file ? file.path().toString() : ((PipelineSource.Text) source).source();
    }
}
