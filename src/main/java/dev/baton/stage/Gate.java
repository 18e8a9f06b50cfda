package dev.baton.stage;

import dev.baton.advisor.Review;

/**
 * The quality gate: a stage passes when its review is approved and its score reaches its
 * threshold; a stage without advisors passes.
 */
public final class Gate {

    private Gate() {
    }

    /**
     * Whether a review passes.
     *
     * @param review    the (combined) review, or null when the stage has no advisor
     * @param threshold the stage's threshold
     */
    public static boolean passes(Review review, double threshold) {
        return review == null || (review.approved() && review.score() >= threshold);
    }
}
