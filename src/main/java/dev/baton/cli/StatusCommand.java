package dev.baton.cli;

import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.json.Json;
import dev.baton.runtime.Baton;
import dev.baton.runtime.RunState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code baton status}: where a run stands, stage by stage; works while it runs, from any process. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a run's state, stage by stage.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Option(names = "--output", paramLabel = "human|json", defaultValue = "human", description = "human or json.")
    OutputFormat output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Baton baton = new Baton();
        RunState state = baton.records().state(executionId);
        RunReport report = baton.records().report(state);
        if (output == OutputFormat.json) {
            out.println(Json.writePretty(report));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%s  execution %d  instance %d  %s%n", report.pipeline(), report.executionId(), report.instanceId(), report.status());
        out.printf(Locale.ROOT, "job %s, started %s, ended %s%n", report.jobName(), dash(report.startedAt()), dash(report.endedAt()));
        state.owner().ifPresent(o -> out.printf(Locale.ROOT, "run by %s%s%n", o.process(), state.crashed() ? ", which is gone" : ""));
        int width = report.stages().stream().mapToInt(s -> s.name().length()).max().orElse(8);
        for (StageReport s : report.stages()) {
            out.printf(Locale.ROOT, "  [wave %d] %-" + width + "s  %-8s %s%s%n", s.wave(), s.name(), s.status(),
                    s.score() == null ? "" : String.format(Locale.ROOT, "score %.2f  ", s.score()),
                    s.attempts() == 0 ? "" : s.attempts() + (s.attempts() == 1 ? " attempt" : " attempts")
                            + (s.executionId() != null && s.executionId() != executionId ? " (execution " + s.executionId() + ")" : ""));
        }
        if (state.crashed()) {
            out.printf(Locale.ROOT, "the process that ran it is gone; restart it with: baton restart %d%n", executionId);
        }
        out.printf(Locale.ROOT, "run folder %s%n", report.runFolder());
        return ExitCodes.OK;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
