package dev.baton.document;

import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Review Feedback Addressed" section of a redraft: each critical issue and suggestion of the
 * review, and the section of the new draft that answers it (the one whose heading shares the most
 * words with the point), or, when none does, that it was recorded as an open question.
 */
public final class FeedbackSection {

    /** The heading writers and advisors use. */
    public static final String TITLE = "Review Feedback Addressed";

    private FeedbackSection() {
    }

    /**
     * The section for {@code draft}, or the empty text when there is no feedback.
     *
     * @param unanswered receives the points no section answers, for the draft's open questions
     */
    public static String write(ReviewNotes notes, String draft, List<String> unanswered) {
        if (notes.isEmpty()) {
            return "";
        }
        MarkdownOutline outline = MarkdownOutline.parse(draft);
        StringBuilder md = new StringBuilder("## " + TITLE + "\n\nThis draft answers " + notes.source() + ":\n\n");
        for (String point : notes.all()) {
            String kind = notes.issues().contains(point) ? "Critical issue" : "Suggestion";
            String section = bestSection(outline, point);
            md.append("- ").append(kind).append(": \"").append(point.strip()).append("\" → ");
            if (section != null) {
                md.append("addressed in the section \"").append(section).append("\".\n");
            } else {
                md.append("recorded under Open Questions for a decision.\n");
                unanswered.add(point.strip());
            }
        }
        return md.append('\n').toString();
    }

    private static String bestSection(MarkdownOutline outline, String point) {
        List<String> words = new ArrayList<>();
        Words.keywords(point).forEach(w -> words.add(Words.stem(w)));
        String best = null;
        int bestScore = 0;
        for (MarkdownOutline.Section s : outline.sections()) {
            if (s.level() == 1 || s.title().equals(TITLE)) {
                continue;
            }
            int score = 0;
            for (String w : Words.keywords(s.title())) {
                if (words.contains(Words.stem(w))) {
                    score++;
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && point.toLowerCase(Locale.ROOT)
                    .contains(s.title().toLowerCase(Locale.ROOT)))) {
                bestScore = score;
                best = s.title();
            }
        }
        return best;
    }
}
