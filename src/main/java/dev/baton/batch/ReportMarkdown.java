package dev.baton.batch;

import dev.baton.record.StageReport;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.record.Times;
import dev.baton.record.TopSuggestions;
import dev.baton.advisor.Review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a run's {@code report.md}: the run; each stage with its status, score, attempts and
 * duration; the stages whose memoized result was reused, and from which run; the reviewers' most
 * frequent suggestions across stages; then each stage with the reviewers' words.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    /**
     * @param results        the stages' final results, by name
     * @param topSuggestions how many of the most frequent suggestions to list
     */
    public static String render(RunReport report, Map<String, StageResult> results, int topSuggestions) {
        StringBuilder md = new StringBuilder();
        md.append("# Run of ").append(report.pipeline()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| job | `").append(report.jobName()).append("` |\n");
        md.append("| execution | ").append(report.executionId()).append(" (instance ").append(report.instanceId()).append(") |\n");
        md.append("| status | ").append(report.status()).append(" |\n");
        md.append("| started | ").append(nullToDash(report.startedAt())).append(" |\n");
        md.append("| ended | ").append(nullToDash(report.endedAt())).append(" |\n\n");
        md.append("| stage | wave | status | score | threshold | attempts | duration |\n|---|---|---|---|---|---|---|\n");
        for (StageReport s : report.stages()) {
            StageResult r = results.get(s.name());
            md.append("| ").append(escape(s.name())).append(" | ").append(s.wave()).append(" | ").append(s.status())
                    .append(" | ").append(s.score() == null ? "–" : twoDecimals(s.score()))
                    .append(" | ").append(r == null || r.threshold() == null ? "–" : twoDecimals(r.threshold()))
                    .append(" | ").append(s.attempts())
                    .append(" | ").append(duration(s.startedAt(), s.endedAt())).append(" |\n");
        }
        reused(md, report);
        suggestions(md, TopSuggestions.of(report, topSuggestions));
        for (StageReport s : report.stages()) {
            StageResult r = results.get(s.name());
            if (r == null) {
                continue;
            }
            md.append("\n## ").append(s.name()).append("\n\n");
            md.append("Status ").append(s.status()).append(" after ").append(s.attempts())
                    .append(s.attempts() == 1 ? " attempt" : " attempts").append(", execution ").append(r.executionId()).append(".\n");
            if (r.error() != null) {
                md.append("\n> ").append(r.error().replace("\n", "\n> ")).append('\n');
            }
            Review review = r.review();
            if (review != null) {
                if (!review.summary().isBlank()) {
                    md.append("\n").append(review.summary()).append('\n');
                }
                if (!review.criticalIssues().isEmpty()) {
                    md.append("\nCritical issues:\n");
                    review.criticalIssues().forEach(i -> md.append("- ").append(i).append('\n'));
                }
                if (!review.suggestions().isEmpty()) {
                    md.append("\nSuggestions:\n");
                    review.suggestions().forEach(i -> md.append("- ").append(i).append('\n'));
                }
            }
            if (!r.artifacts().isEmpty()) {
                md.append("\nArtifacts:\n");
                r.artifacts().forEach(a -> md.append("- `").append(a.path()).append("` (").append(a.bytes()).append(" bytes, sha256 ")
                        .append(a.sha256(), 0, 12).append("…)\n"));
            }
        }
        return md.toString();
    }

    private static void reused(StringBuilder md, RunReport report) {
        List<StageReport> reused = report.stages().stream().filter(s -> s.reusedFrom() != null).toList();
        if (reused.isEmpty()) {
            return;
        }
        md.append("\n## Reused results\n\nThese stages reused a memoized result instead of calling their agent:\n\n");
        md.append("| stage | result of stage | job | execution | instance |\n|---|---|---|---|---|\n");
        for (StageReport s : reused) {
            Map<String, Object> from = s.reusedFrom();
            md.append("| ").append(escape(s.name())).append(" | ").append(escape(String.valueOf(from.get("stage"))))
                    .append(" | `").append(from.get("jobName")).append("` | ").append(from.get("executionId"))
                    .append(" | ").append(from.get("instanceId")).append(" |\n");
        }
    }

    private static void suggestions(StringBuilder md, List<TopSuggestions.Entry> top) {
        if (top.isEmpty()) {
            return;
        }
        md.append("\n## Most frequent suggestions\n\n");
        for (int i = 0; i < top.size(); i++) {
            TopSuggestions.Entry e = top.get(i);
            md.append(i + 1).append(". ").append(e.suggestion()).append(" (").append(e.count()).append(e.count() == 1 ? " stage: " : " stages: ")
                    .append(String.join(", ", e.stages())).append(")\n");
        }
    }

    private static String duration(String start, String end) {
        if (start == null || end == null) {
            return "–";
        }
        return twoDecimals(Duration.between(Times.parse(start), Times.parse(end)).toMillis() / 1000.0) + " s";
    }

    /**
     * A number with two decimals, rounded half up, as {@code %.2f} writes it: a report of a long
     * pipeline writes two or three per stage, and the formatter costs far more in a fresh JVM (negative
     * numbers, never written in practice, go to the formatter).
     */
    static String twoDecimals(double value) {
        return value >= 0 && Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString()
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String nullToDash(String s) {
        return s == null ? "–" : s;
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
