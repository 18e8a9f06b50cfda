package dev.baton.review;

import dev.baton.role.Words;
import dev.baton.web.PageEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Traces the items a task requests ("Hero section with headline and CTA button", "Setup
 * instructions") to an output: an item is covered when at least 60 % of its words are shown
 * (each word judged by a predicate: {@link PageEvidence} for pages, headings for documents,
 * identifiers and comments for code).
 */
final class RequirementsTrace {

    static final double COVERED = 0.6;

    /**
     * One item's trace.
     *
     * @param item    as the task wrote it
     * @param covered whether the output covers it
     * @param missing its words the output does not show
     */
    record Trace(String item, boolean covered, List<String> missing) {
    }

    private RequirementsTrace() {
    }

    /** The trace of each item, by a word predicate. */
    static List<Trace> of(List<String> items, Predicate<String> shows) {
        List<Trace> traces = new ArrayList<>();
        for (String item : items) {
            List<String> words = Words.keywords(item);
            if (words.isEmpty()) {
                continue;
            }
            List<String> missing = words.stream().filter(w -> !shows.test(w)).toList();
            traces.add(new Trace(item, 1.0 - (double) missing.size() / words.size() >= COVERED, missing));
        }
        return traces;
    }

    /** Code covers a word when its text (identifiers, strings, comments) contains it. */
    static Predicate<String> inCode(String source) {
        String code = source.toLowerCase(Locale.ROOT).replace('_', ' ');
        return w -> code.contains(Words.stem(w));
    }
}
