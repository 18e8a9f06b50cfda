package dev.baton.cli;

import dev.baton.record.TopSuggestions;

import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.json.Json;
import dev.baton.runtime.Baton;
import jakarta.batch.runtime.JobExecution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Starts an execution (a run or a restart), follows it to its end, prints the report, and gives
 * the exit code. In human mode a line per stage as it starts and ends; in JSON mode only the
 * report. Ctrl-C stops the execution, which can then be restarted.
 */
final class Follow {

    private Follow() {
    }

    /**
     * @param start      starts the execution and returns its id
     * @param nameWidth  the widest stage name, to align the lines
     */
    /** How a followed execution ended: its report and the command's exit code. */
    record Ended(RunReport report, int exitCode) {
    }

    static Ended follow(Baton baton, OutputFormat output, PrintWriter out, PrintWriter err, int nameWidth, LongSupplier start)
            throws Exception {
        return follow(baton, output, out, err, nameWidth, start, 0);
    }

    /**
     * @param topSuggestions how many of the most frequent suggestions the summary (and the JSON
     *                       report, as {@code topSuggestions}) lists; 0 for none
     */
    static Ended follow(Baton baton, OutputFormat output, PrintWriter out, PrintWriter err, int nameWidth, LongSupplier start,
                        int topSuggestions) throws Exception {
        long started = System.nanoTime();
        ProgressGate gate = new ProgressGate();
        if (output == OutputFormat.human) {
            baton.listen(gate);
        }
        long executionId;
        try {
            executionId = start.getAsLong();
        } catch (RuntimeException e) {
            baton.unlisten(gate);
            throw e;
        }
        gate.open(executionId, nameWidth, out);
        // the JVM going down another way (a closed terminal) still asks the run to stop
        Thread stopOnShutdown = new Thread(() -> stop(baton, executionId), "baton-stop-on-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnShutdown);
        JobExecution execution;
        boolean interrupted;
        try (Interrupts interrupts = new Interrupts(executionId, err, () -> stop(baton, executionId))) {
            execution = baton.await(executionId);
            interrupted = interrupts.interrupted();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnShutdown);
        baton.unlisten(gate);
        RunReport report = baton.report(execution);
        if (output == OutputFormat.json) {
            if (topSuggestions > 0) {
                com.fasterxml.jackson.databind.node.ObjectNode json = Json.MAPPER.valueToTree(report);
                json.set("topSuggestions", Json.MAPPER.valueToTree(TopSuggestions.of(report, topSuggestions)));
                out.println(Json.writePretty(json));
            } else {
                out.println(Json.writePretty(report));
            }
        } else {
            summary(out, report, (System.nanoTime() - started) / 1e9);
            if (topSuggestions > 0) {
                printSuggestions(out, TopSuggestions.of(report, topSuggestions));
            }
        }
        out.flush();
        return new Ended(report, interrupted ? Interrupts.EXIT_CODE : report.succeeded() ? ExitCodes.OK : ExitCodes.RUN_FAILED);
    }

    /** The terminal's lines of {@code --top-suggestions}. */
    private static void printSuggestions(PrintWriter out, List<TopSuggestions.Entry> entries) {
        if (entries.isEmpty()) {
            out.println("baton: no reviewer made a suggestion");
            return;
        }
        out.printf(Locale.ROOT, "baton: top %d suggestion(s):%n", entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TopSuggestions.Entry e = entries.get(i);
            out.printf(Locale.ROOT, "  %d. %s (%d stage%s: %s)%n", i + 1, e.suggestion(), e.count(), e.count() == 1 ? "" : "s",
                    String.join(", ", e.stages()));
        }
    }

    /** Stops the run so that it can be restarted, and waits a little for it to end. */
    private static void stop(Baton baton, long executionId) {
        try {
            if (baton.control().state(executionId).isRunning()) {
                baton.control().stop(executionId, 10_000);
            }
        } catch (Exception e) {
            // the process is going down; the run shows as crashed and can be restarted
        }
    }

    /** Stage statuses counted in the order they first appear: {@code 3 passed, 1 not run}. */
    static String tally(List<String> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : statuses) {
            counts.merge(status.toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status));
        return String.join(", ", parts);
    }

    static void summary(PrintWriter out, RunReport report, double seconds) {
        out.printf(Locale.ROOT, "baton: execution %d %s in %.1f s: %s%n", report.executionId(), report.status(), seconds,
                tally(report.stages().stream().map(StageReport::status).toList()));
        out.printf(Locale.ROOT, "baton: run folder %s%n", report.runFolder());
        report.results().forEach(path -> out.printf(Locale.ROOT, "baton: wrote %s%n", java.nio.file.Path.of(report.runFolder(), path)));
        if (!report.succeeded()) {
            if (report.error() != null) {
                out.printf(Locale.ROOT, "baton: %s%n", report.error());
            }
            report.stages().stream().filter(s -> s.error() != null && !"PASSED".equals(s.status()))
                    .forEach(s -> out.printf(Locale.ROOT, "baton: %s: %s%n", s.name(), s.error()));
            if (!"COMPLETED".equals(report.status())) {
                out.printf(Locale.ROOT, "baton: restart it with: baton restart %d%n", report.executionId());
            }
        }
    }
}
