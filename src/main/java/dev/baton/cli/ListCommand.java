package dev.baton.cli;

import dev.baton.json.Json;
import dev.baton.runtime.Baton;
import dev.baton.record.Times;
import dev.baton.runtime.RunRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code baton list}: the latest runs, newest first; a run whose process died shows as CRASHED. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the latest runs, newest first.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many executions (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--output", paramLabel = "human|json", defaultValue = "human", description = "human or json.")
    OutputFormat output;

    /** One line of the list; its fields are the JSON output's. */
    record Row(String jobName, long executionId, long instanceId, String status, String batchStatus,
               String startedAt, String endedAt, List<String> completedStages) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunRecords records = new Baton().records();
        List<Row> rows = records.executions().stream().limit(Math.max(1, limit)).map(r -> new Row(r.execution().getJobName(),
                r.execution().getExecutionId(), r.instanceId(), r.status(), r.execution().getBatchStatus().name(),
                Times.iso(r.startTime()), Times.iso(r.execution().getEndTime()),
                records.completedStages(r.execution().getExecutionId()))).toList();
        if (output == OutputFormat.json) {
            out.println(Json.writePretty(rows));
            return ExitCodes.OK;
        }
        int width = rows.stream().mapToInt(r -> r.jobName().length()).max().orElse(8);
        out.printf(Locale.ROOT, "%-" + width + "s  %9s  %8s  %-9s  %-24s  %-24s  %s%n", "JOB", "EXECUTION", "INSTANCE", "STATUS",
                "STARTED", "ENDED", "COMPLETED STAGES");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-" + width + "s  %9d  %8d  %-9s  %-24s  %-24s  %s%n", r.jobName(), r.executionId(), r.instanceId(),
                    r.status(), r.startedAt() == null ? "-" : r.startedAt(), r.endedAt() == null ? "-" : r.endedAt(),
                    r.completedStages().isEmpty() ? "-" : String.join(", ", r.completedStages()));
        }
        return ExitCodes.OK;
    }
}
