package dev.baton.pipeline;

import java.util.Set;

/**
 * Which stages may reuse the result of an identical earlier stage instead of calling their agent
 * ({@code policy.memoize}): those named in {@code stages} and those whose category is in
 * {@code categories}. A reused output is reviewed again unless {@code review: reuse}, which keeps
 * the earlier review too.
 *
 * @param stages      stage names
 * @param categories  category names
 * @param reuseReview whether the earlier review is kept instead of reviewing again
 */
public record Memoize(Set<String> stages, Set<String> categories, boolean reuseReview) {

    /** Nothing is memoized. */
    public static final Memoize NONE = new Memoize(Set.of(), Set.of(), false);

    public Memoize {
        stages = Set.copyOf(stages);
        categories = Set.copyOf(categories);
    }

    /** Whether a stage of this name and category is memoized. */
    public boolean covers(String stage, String category) {
        return stages.contains(stage) || category != null && categories.contains(category);
    }

    /** Whether no stage is memoized. */
    public boolean isEmpty() {
        return stages.isEmpty() && categories.isEmpty();
    }
}
