package dev.baton.cli;

import dev.baton.message.Msg;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Plan;
import dev.baton.plan.Planner;
import dev.baton.runtime.Baton;
import dev.baton.runtime.JobParameters;
import dev.baton.runtime.Preflight;
import dev.baton.runtime.PreparedRun;
import dev.baton.batch.RunReport;
import dev.baton.batch.StageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code baton run}: validates, translates and runs a pipeline, and reports how it went. */
@Command(name = "run", description = "Run a pipeline (the default command).", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--mem", paramLabel = "KEY=VALUE",
            description = "Initial memory; VALUE is JSON, or text when it is not JSON. Repeatable.")
    List<String> memory = new ArrayList<>();

    @Option(names = "--output", paramLabel = "human|json", defaultValue = "human",
            description = "human: a line per stage as it starts and ends; json: one JSON report at the end.")
    OutputFormat output;

    @Option(names = "--dry-run", description = "Validate and print the plan; run nothing.")
    boolean dryRun;

    @Option(names = "--preset", paramLabel = "NAME|FILE",
            description = "A policy preset, merged under the pipeline's own policy (bundled: mvp-fast, production, research, idea-to-zip, marketing; or BATON_HOME/presets/*.yaml, or a file).")
    String preset;

    @Option(names = "--fail-fast", description = "Stop the whole run at the first final rejection or failure (stages running beside it are interrupted).")
    boolean failFast;

    @Option(names = "--export-graph", paramLabel = "FILE.dot", description = "Write the pipeline's graph (stages, categories, waves) for Graphviz.")
    java.nio.file.Path exportGraph;

    @Option(names = "--save-artifacts", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "After the run, copy its artifacts with manifest.json and report.md to DIR (default: artifacts/PIPELINE-RUN).")
    String saveArtifacts;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!dryRun) {
            dev.baton.runtime.SeRuntime.warmUp(); // the repository, now that --repository is known
        }
        Baton baton = new Baton();
        // While the CDI container starts (it knows the agents' names), check what needs no names:
        // the file's shape and its templates. Then the full check, with names, decides.
        Map<String, String> memoryArgs = MemoryArgs.parse(memory);
        List<Problem> early = earlyPreflight(memoryArgs);
        Pipeline pipeline = pipelineOptions.load(baton);
        if (preset != null) {
            try {
                pipeline = dev.baton.pipeline.Policies.withPreset(pipeline, new dev.baton.runtime.PresetCatalog(baton.catalog(), baton.home()).find(preset));
            } catch (dev.baton.runtime.PresetCatalog.PresetException e) {
                throw new UsageException(e.lines().stream().map(l -> "baton: " + l).toList());
            }
        }
        checkMemoryKeys(pipeline, memoryArgs);
        Plan plan = Planner.plan(pipeline, pipelineOptions.planOptions());
        List<Problem> problems = early != null && preset == null ? early : Preflight.check(pipeline, plan, initialMemory(pipeline, memoryArgs));
        if (!problems.isEmpty()) {
            throw new UsageException(problems.stream().map(Problem::toString).toList());
        }
        if (exportGraph != null) {
            java.nio.file.Files.writeString(exportGraph, GraphWriter.dot(pipeline, plan));
        }
        Map<String, String> runParameters = new LinkedHashMap<>(memoryArgs);
        if (failFast) {
            runParameters.put(dev.baton.batch.StageBatchlet.FAIL_FAST, "true");
        }
        Properties parameters;
        try {
            parameters = JobParameters.of(runParameters);
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: " + e.getMessage());
        }
        if (dryRun) {
            PlanPrinter.print(out, pipeline, plan, output);
            return ExitCodes.OK;
        }
        PreparedRun run = baton.prepare(pipeline, plan);
        return execute(baton, run, parameters, out);
    }

    /** The preflight of the file loaded without its names checked, or null when it does not load so. */
    private List<Problem> earlyPreflight(Map<String, String> memoryArgs) {
        if (!java.nio.file.Files.isRegularFile(pipelineOptions.pipeline)) {
            return null;
        }
        if (!(dev.baton.pipeline.PipelineLoader.withoutNameChecks().load(pipelineOptions.pipeline)
                instanceof dev.baton.pipeline.LoadResult.Loaded loaded)) {
            return null;
        }
        Plan plan = Planner.plan(loaded.pipeline(), pipelineOptions.planOptions());
        return Preflight.check(loaded.pipeline(), plan, initialMemory(loaded.pipeline(), memoryArgs));
    }

    private static Map<String, Object> initialMemory(Pipeline pipeline, Map<String, String> memoryArgs) {
        Map<String, Object> initial = new LinkedHashMap<>(pipeline.memory());
        memoryArgs.forEach((k, v) -> initial.put(k, dev.baton.batch.Memory.parameterValue(v)));
        return initial;
    }

    private int execute(Baton baton, PreparedRun run, Properties parameters, PrintWriter out) throws Exception {
        if (output == OutputFormat.human) {
            out.printf(Locale.ROOT, "baton: running %s as job %s (%s)%n", run.pipeline().name(), run.jobId(),
                    run.plan().options().mode() == dev.baton.plan.Mode.PARALLEL
                            ? "parallel, at most " + run.plan().options().maxWorkers() + " stages at once" : "sequential");
            out.flush();
        }
        int width = run.pipeline().stages().stream().mapToInt(s -> s.name().length()).max().orElse(8);
        Follow.Ended ended = Follow.follow(baton, output, out, width, () -> baton.start(run.jobId(), parameters));
        if (saveArtifacts != null) {
            java.nio.file.Path target = java.nio.file.Path.of(saveArtifacts.isEmpty()
                    ? "artifacts/" + run.pipeline().name() + "-" + ended.report().instanceId() : saveArtifacts);
            java.nio.file.Path saved = dev.baton.runtime.ArtifactExport.export(ended.report(),
                    dev.baton.batch.StageResults.lastResults(ended.report().executionId()), target);
            if (output == OutputFormat.human) {
                out.printf(Locale.ROOT, "baton: artifacts saved in %s (manifest.json, report.md)%n", saved.toAbsolutePath());
                out.flush();
            }
        }
        return ended.exitCode();
    }

    private static void checkMemoryKeys(Pipeline pipeline, Map<String, String> memoryArgs) {
        List<String> problems = new ArrayList<>();
        for (String key : memoryArgs.keySet()) {
            for (Stage stage : pipeline.stages()) {
                if (key.equals(stage.name()) || key.startsWith(stage.name() + ".")) {
                    problems.add("baton: " + Msg.MEMORY_CLASH.format(key));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(problems);
        }
    }
}
