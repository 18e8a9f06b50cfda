package dev.baton.advisor.roles;

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

    /** The inspection a scorecard makes. */
    static Inspection of(String file, OutputKind kind, Scorecard card, String summary) {
        return new Inspection(file, kind, card.score(), card.issues(), card.suggestions(), summary);
    }
}
