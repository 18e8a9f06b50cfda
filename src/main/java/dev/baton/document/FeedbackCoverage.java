package dev.baton.document;

import dev.baton.role.Words;

import java.util.List;
import java.util.Locale;

/**
 * Whether a text answers the points of a review: a point is answered when the text quotes it, or
 * holds at least 70 % of its words.
 */
final class FeedbackCoverage {

    static final double ANSWERED = 0.7;

    private FeedbackCoverage() {
    }

    /** The points the text does not answer, in order. */
    static List<String> unanswered(List<String> points, String text) {
        String t = normalize(text);
        return points.stream().filter(p -> !answered(p, t)).toList();
    }

    private static boolean answered(String point, String normalizedText) {
        String p = normalize(point);
        if (p.isEmpty() || normalizedText.contains(p)) {
            return true;
        }
        List<String> words = Words.keywords(point);
        long found = words.stream().filter(w -> normalizedText.contains(Words.stem(w))).count();
        return words.isEmpty() || (double) found / words.size() >= ANSWERED;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]+", " ").strip();
    }
}
