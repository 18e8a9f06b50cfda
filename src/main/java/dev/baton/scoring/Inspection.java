package dev.baton.scoring;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What an inspection of one file found.
 *
 * @param file        the file, relative to the run folder (or "the output" for content without a file)
 * @param kind        what kind of file it is
 * @param score       in [0, 1]
 * @param critical    problems that must be fixed
 * @param suggestions improvements
 * @param summary     one sentence on what was measured
 */
public record Inspection(String file, OutputKind kind, double score, List<String> critical, List<String> suggestions,
                         String summary) {

    public Inspection {
        critical = List.copyOf(critical);
        suggestions = List.copyOf(suggestions);
    }

    /** As a review: approved when nothing is critical. */
    public dev.baton.advisor.Review toReview() {
        return new dev.baton.advisor.Review(score, critical.isEmpty(), critical, suggestions, summary, java.util.Map.of());
    }

    /** The most points an inspection lists of one kind; the rest are counted in a last one. */
    public static final int MAX_POINTS = 10;

    /** The inspection a scorecard makes. */
    public static Inspection of(String file, OutputKind kind, Scorecard card, String summary) {
        return new Inspection(file, kind, card.score(), card.issues(), card.suggestions(), summary);
    }

    /** An inspection whose score and points are a list of findings. */
    public static Inspection fromFindings(String file, OutputKind kind, List<Finding> findings, String summary) {
        List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList();
        List<String> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::message).toList();
        return new Inspection(file, kind, Findings.score(findings), capped(errors), capped(warnings), summary);
    }

    /** At most {@value #MAX_POINTS} points, the rest counted in a last one. */
    public static List<String> capped(List<String> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        List<String> kept = new ArrayList<>(points.subList(0, MAX_POINTS));
        kept.add("… and " + (points.size() - MAX_POINTS) + " more like these");
        return kept;
    }
}
