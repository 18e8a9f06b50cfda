package dev.baton.document;

import dev.baton.role.Upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The points of a review a role should address: its critical issues and suggestions.
 *
 * @param source      where they come from: "the last review of STAGE", "the review of STAGE"
 * @param issues      critical issues, in order
 * @param suggestions suggestions, in order
 */
public record ReviewNotes(String source, List<String> issues, List<String> suggestions) {

    public static final ReviewNotes NONE = new ReviewNotes("", List.of(), List.of());

    public ReviewNotes {
        issues = List.copyOf(issues);
        suggestions = List.copyOf(suggestions);
    }

    /** Whether there is nothing to address. */
    public boolean isEmpty() {
        return issues.isEmpty() && suggestions.isEmpty();
    }

    /** Issues then suggestions. */
    public List<String> all() {
        List<String> all = new ArrayList<>(issues);
        all.addAll(suggestions);
        return all;
    }

    /**
     * The review a stage's attempt should address: its own {@code STAGE.last_review} on a
     * retry, else, when {@code fallBackToUpstream}, the reviews of upstream stages (nearest last in
     * memory order, so taken in reverse) that have points, gathered.
     */
    public static ReviewNotes of(String stage, Map<String, Object> memory, boolean fallBackToUpstream) {
        if (memory.get(stage + ".last_review") instanceof Map<?, ?> last) {
            return from("the last review of " + stage, last);
        }
        if (!fallBackToUpstream) {
            return NONE;
        }
        List<String> issues = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Upstream.Stage s : Upstream.of(memory).stages()) {
            ReviewNotes notes = from(s.name(), s.review());
            if (!notes.isEmpty()) {
                sources.add(s.name());
                issues.addAll(notes.issues());
                suggestions.addAll(notes.suggestions());
            }
        }
        return sources.isEmpty() ? NONE : new ReviewNotes("the review of " + String.join(", ", sources), issues, suggestions);
    }

    /** The points of one review, given as a map ({@code critical_issues}, {@code suggestions}). */
    public static ReviewNotes from(String source, Map<?, ?> review) {
        return new ReviewNotes(source, texts(review.get("critical_issues")), texts(review.get("suggestions")));
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v != null && !String.valueOf(v).isBlank()) {
                    texts.add(String.valueOf(v).strip());
                }
            });
        }
        return texts;
    }
}
