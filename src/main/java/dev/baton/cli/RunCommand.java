package dev.baton.cli;

import dev.baton.json.Json;
import dev.baton.plan.Mode;
import dev.baton.runtime.ArtifactExport;
import dev.baton.runtime.Baton;
import dev.baton.runtime.PreparedRun;
import dev.baton.runtime.RunPlan;
import dev.baton.runtime.RunRefusedException;
import dev.baton.runtime.RunRequest;
import dev.baton.runtime.SeRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--no-cache", description = "Call the agents of memoized stages (policy.memoize) all the same; their new results are kept.")
    boolean noCache;

    @Option(names = "--resume-run-id", paramLabel = "EXECUTION_ID",
            description = "Restart that execution instead of starting a new run: another name for 'baton restart EXECUTION_ID' (the seed's flag).")
    Long resumeRunId;

    @Option(names = "--top-suggestions", paramLabel = "N",
            description = "After the run, list the N suggestions the reviewers made most often across stages (in the JSON report: topSuggestions; report.md lists 5 unless told).")
    int topSuggestions;

    @Option(names = "--refine-on-fail", hidden = true, description = "The seed's prompt-refinement hook; refused, with what to use instead.")
    boolean refineOnFail;

    @Option(names = "--export-graph", paramLabel = "FILE.dot", description = "Write the pipeline's graph (stages, categories, waves) for Graphviz.")
    Path exportGraph;

    @Option(names = "--save-artifacts", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "After the run, copy its artifacts with manifest.json and report.md to DIR (default: artifacts/PIPELINE-RUN).")
    String saveArtifacts;

    @picocli.CommandLine.Mixin
    BrokerOption broker = new BrokerOption();

    /** The variable that names the server of {@code --server} when the option is not given. */
    static final String SERVER_VARIABLE = "BATON_SERVER";

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:" + SERVER_VARIABLE + "}",
            description = {"Run on the Baton server at URL ('baton serve', e.g. http://127.0.0.1:8090, or WildFly's; default: $"
                    + SERVER_VARIABLE + "): the pipeline file goes to the server, which runs it in its warm JVM with its",
                    "repository and settings, and this command follows it. Credentials: $" + ServerConnection.TOKEN_VARIABLE
                            + ", else $" + ServerConnection.USER_VARIABLE + " and $" + ServerConnection.PASSWORD_VARIABLE + ",",
                    "else (a server on this machine) the token in $BATON_HOME/api-token."})
    String server;

    @Override
    public Integer call() throws Exception {
        if (topSuggestions < 0) {
            throw new UsageException("baton: --top-suggestions must be 0 or more, not " + topSuggestions);
        }
        if (server != null && !server.isBlank()) {
            return onServer();
        }
        if (refineOnFail) {
            throw new UsageException("baton: " + dev.baton.message.Msg.REFINE_ON_FAIL.format());
        }
        if (resumeRunId != null) {
            String pipelineName = pipelineOptions.load(new Baton()).name();
            return RestartCommand.of(spec, resumeRunId, memory, output, broker, pipelineName).call();
        }
        PrintWriter out = spec.commandLine().getOut();
        broker.apply();
        if (!dryRun) {
            SeRuntime.warmUp(); // the repository, now that --repository is known
            dev.baton.telemetry.Telemetry.get(); // OTEL_* settings that cannot be used are a usage error, before the run
        }
        Baton baton = new Baton();
        RunRequest request = RunRequest.of(pipelineOptions.pipeline).with(pipelineOptions.planOptions(spec.commandLine().getErr()))
                .withMemory(MemoryArgs.parse(memory)).withPreset(preset).withFailFast(failFast)
                .withNoCache(noCache).withTopSuggestions(topSuggestions);
        RunPlan plan;
        try {
            plan = baton.plan(request);
        } catch (RunRefusedException refused) {
            if (output != OutputFormat.json) {
                throw refused;
            }
            out.println(Json.writePretty(ProblemJson.invalid(refused.problems())));
            return ExitCodes.INVALID;
        }
        if (output == OutputFormat.human) {
            baton.unseenStages(plan).forEach(note -> spec.commandLine().getErr().println(ValidateCommand.note(note)));
        }
        if (exportGraph != null) {
            Files.writeString(exportGraph, GraphWriter.dot(plan.pipeline(), plan.plan()));
        }
        if (dryRun) {
            PlanPrinter.print(out, plan.pipeline(), plan.plan(), output);
            return ExitCodes.OK;
        }
        PreparedRun run = baton.prepare(plan);
        if (output == OutputFormat.human) {
            out.printf(Locale.ROOT, "baton: running %s as job %s (%s)%n", run.pipeline().name(), run.jobId(),
                    run.plan().options().mode() == Mode.PARALLEL
                            ? "parallel, at most " + run.plan().options().maxWorkers() + " stages at once" : "sequential");
            out.flush();
        }
        int width = run.pipeline().stages().stream().mapToInt(s -> s.name().length()).max().orElse(8);
        Follow.Ended ended = Follow.follow(baton, output, out, spec.commandLine().getErr(), width, () -> baton.start(run), topSuggestions);
        if (saveArtifacts != null) {
            Path target = Path.of(saveArtifacts.isEmpty()
                    ? "artifacts/" + run.pipeline().name() + "-" + ended.report().instanceId() : saveArtifacts);
            Path saved = ArtifactExport.export(ended.report(), baton.records().results(ended.report().executionId()), target);
            if (output == OutputFormat.human) {
                out.printf(Locale.ROOT, "baton: artifacts saved in %s (manifest.json, report.md)%n", saved.toAbsolutePath());
                out.flush();
            }
        }
        return ended.exitCode();
    }

    /** {@code --server}: the run goes to the server; what only this process could do is refused, by name. */
    private int onServer() throws Exception {
        List<String> refused = new ArrayList<>();
        addIf(refused, dryRun, "--dry-run");
        addIf(refused, exportGraph != null, "--export-graph");
        addIf(refused, preset != null, "--preset");
        addIf(refused, resumeRunId != null, "--resume-run-id");
        addIf(refused, topSuggestions > 0, "--top-suggestions");
        addIf(refused, broker.url != null, "--broker");
        addIf(refused, System.getProperty(dev.baton.runtime.RepositorySettings.PROPERTY) != null, "--repository");
        addIf(refused, refineOnFail, "--refine-on-fail");
        if (!refused.isEmpty()) {
            throw new UsageException("baton: " + String.join(", ", refused) + (refused.size() == 1 ? " is" : " are")
                    + " not for a run on a server (--server): the server runs it with its own repository, broker and files");
        }
        Path file = pipelineOptions.pipeline;
        if (!Files.isRegularFile(file)) {
            throw new UsageException("baton: " + dev.baton.message.Msg.PIPELINE_NOT_FOUND.format(file));
        }
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException("baton: " + file + ": the file is not UTF-8 text");
        } catch (java.io.IOException e) {
            throw new UsageException("baton: " + file + ": cannot be read: " + Errors.oneLine(e));
        }
        ServerConnection connection = ServerConnection.of(server, dev.baton.record.BatonHome.current());
        return new RemoteRun(connection, output, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(yaml, file.toString(), pipelineOptions.planOptions(spec.commandLine().getErr()), MemoryArgs.parse(memory), failFast, noCache,
                        saveArtifacts);
    }

    private static void addIf(List<String> names, boolean given, String name) {
        if (given) {
            names.add(name);
        }
    }
}
