package dev.baton.cli;

import dev.baton.record.RunEvent;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Prints a run's progress for people: a line when a stage starts, retries, and ends. */
final class Progress implements Consumer<RunEvent> {

    private final PrintWriter out;
    private final long executionId;
    private final int nameWidth;

    Progress(PrintWriter out, long executionId, int nameWidth) {
        this.out = out;
        this.executionId = executionId;
        this.nameWidth = Math.min(Math.max(nameWidth, 8), 40);
    }

    @Override
    public void accept(RunEvent e) {
        if (e.executionId() != executionId) {
            return;
        }
        String head = String.format(Locale.ROOT, "[wave %d] %-" + nameWidth + "s ", e.wave(), e.stage());
        Map<String, Object> d = e.data();
        String line = switch (e.type()) {
            case "stage.started" -> head + "started";
            case "retry" -> head + String.format(Locale.ROOT, "retry      score %s < %s after attempt %d",
                    score(d.get("score")), score(d.get("threshold")), e.attempt());
            case "attempt.failed" -> Boolean.TRUE.equals(d.get("retry")) ? head + "retry      attempt " + e.attempt() + " failed: " + d.get("error") : null;
            case "stage.passed", "stage.rejected", "stage.failed", "stage.skipped" -> head + ending(e, d);
            case "stage.worker" -> head + "on worker " + d.get("worker");
            case "worker.lost" -> head + "lost       " + d.get("error") + (Boolean.TRUE.equals(d.get("retry")) ? "; dispatched again" : "");
            default -> null;
        };
        if (line != null) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    private static String ending(RunEvent e, Map<String, Object> d) {
        String status = String.valueOf(d.get("status"));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", status.toLowerCase(Locale.ROOT)));
        if (d.get("score") != null) {
            line.append(" score ").append(score(d.get("score"))).append(" (min ").append(score(d.get("threshold"))).append(')');
        }
        line.append(String.format(Locale.ROOT, "  %.2f s", ((Number) d.getOrDefault("durationMs", 0)).longValue() / 1000.0));
        if (e.attempt() > 0) {
            line.append("  ").append(e.attempt()).append(e.attempt() == 1 ? " attempt" : " attempts");
        }
        if (d.get("error") != null && !"PASSED".equals(status)) {
            line.append("\n    ").append(d.get("error"));
        }
        return line.toString();
    }

    private static String score(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : String.valueOf(value);
    }
}
