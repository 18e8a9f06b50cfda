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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Baton baton = new Baton();
        Pipeline pipeline = pipelineOptions.load(baton);
        Map<String, String> memoryArgs = MemoryArgs.parse(memory);
        checkMemoryKeys(pipeline, memoryArgs);
        Plan plan = Planner.plan(pipeline, pipelineOptions.planOptions());
        Map<String, Object> initial = new LinkedHashMap<>(pipeline.memory());
        memoryArgs.forEach((k, v) -> initial.put(k, dev.baton.batch.Memory.parameterValue(v)));
        List<Problem> problems = Preflight.check(pipeline, plan, initial);
        if (!problems.isEmpty()) {
            throw new UsageException(problems.stream().map(Problem::toString).toList());
        }
        Properties parameters;
        try {
            parameters = JobParameters.of(memoryArgs);
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: " + e.getMessage());
        }
        if (dryRun) {
            PlanPrinter.print(out, pipeline, plan, output);
            return ExitCodes.OK;
        }
        PreparedRun run = baton.prepare(pipeline, plan.options());
        return execute(baton, run, parameters, out);
    }

    private int execute(Baton baton, PreparedRun run, Properties parameters, PrintWriter out) throws Exception {
        if (output == OutputFormat.human) {
            out.printf(Locale.ROOT, "baton: running %s as job %s (%s)%n", run.pipeline().name(), run.jobId(),
                    run.plan().options().mode() == dev.baton.plan.Mode.PARALLEL
                            ? "parallel, at most " + run.plan().options().maxWorkers() + " stages at once" : "sequential");
            out.flush();
        }
        int width = run.pipeline().stages().stream().mapToInt(s -> s.name().length()).max().orElse(8);
        return Follow.follow(baton, output, out, width, () -> baton.start(run.jobId(), parameters));
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
