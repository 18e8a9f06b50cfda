package dev.baton.cli;

import dev.baton.message.Msg;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Schedule;
import dev.baton.runtime.Baton;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options that choose a pipeline and shape its plan. */
final class PipelineOptions {

    @Option(names = "--pipeline", required = true, paramLabel = "FILE", description = "The pipeline file (YAML).")
    Path pipeline;

    @Option(names = "--parallel", description = "Run independent stages in parallel waves (default: one stage at a time).")
    boolean parallel;

    @Option(names = "--max-workers", paramLabel = "N",
            description = "The most stages running at once in parallel mode (default: " + PlanOptions.DEFAULT_MAX_WORKERS + "); implies --parallel.")
    Integer maxWorkers;

    @Option(names = "--schedule", paramLabel = "waves|eager",
            description = {"In parallel mode: waves (each wave waits for the whole previous one; the default)",
                    "or eager (a stage starts as soon as its own dependencies are done); implies --parallel."})
    String schedule;

    /**
     * The plan options. {@code --max-workers} or {@code --schedule} without {@code --parallel} mean
     * parallel mode (they mean nothing else), and a note says so on {@code err}.
     */
    PlanOptions planOptions(PrintWriter err) {
        int workers = maxWorkers == null ? PlanOptions.DEFAULT_MAX_WORKERS : maxWorkers;
        if (workers < 1) {
            throw new UsageException("baton: " + Msg.BAD_MAX_WORKERS.format(workers));
        }
        Schedule chosen;
        try {
            chosen = schedule == null ? Schedule.WAVES : Schedule.ofOptionName(schedule);
        } catch (IllegalArgumentException e) {
            throw new UsageException("baton: --schedule must be waves or eager, not '" + schedule + "'");
        }
        boolean inParallel = parallel || maxWorkers != null || schedule != null;
        if (inParallel && !parallel) {
            err.println("baton: " + (maxWorkers != null ? "--max-workers" : "--schedule") + " implies --parallel: running in parallel");
            err.flush();
        }
        return new PlanOptions(inParallel ? Mode.PARALLEL : Mode.SEQUENTIAL, workers, chosen);
    }

    /**
     * The loaded pipeline.
     *
     * @throws UsageException listing every problem of the file
     */
    Pipeline load(Baton baton) {
        if (!Files.isRegularFile(pipeline)) {
            throw new UsageException("baton: " + Msg.PIPELINE_NOT_FOUND.format(pipeline));
        }
        LoadResult result = baton.load(pipeline);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new UsageException(invalid.problems().stream().map(Problem::toString).toList());
        }
        return ((LoadResult.Loaded) result).pipeline();
    }
}
