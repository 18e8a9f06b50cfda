package dev.baton.stage;

import dev.baton.advisor.Review;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How several reviews become one: weighted score, approval by majority of weight or by average. */
class CouncilTests {

    /**
     * Two reviewers, a (score, approval, weight) and b (score, approval, weight), against a threshold.
     */
    @ParameterizedTest(name = "[{index}] {0}: a {1}/{2}/w{3}, b {4}/{5}/w{6}, threshold {7} -> score {8}, approved {9}")
    @CsvSource({
            // majority of weight approves
            "MAJORITY, 0.9, true,  2, 0.3, false, 1, 0.5, 0.7,    true",
            "MAJORITY, 0.9, true,  1, 0.3, false, 2, 0.5, 0.5,    false",
            // an even split of weight is not a majority
            "MAJORITY, 0.9, true,  1, 0.9, false, 1, 0.5, 0.9,    false",
            // average: the weighted mean against the threshold, whatever each approves
            "AVERAGE,  0.9, false, 1, 0.7, false, 1, 0.8, 0.8,    true",
            "AVERAGE,  0.9, true,  1, 0.6, true,  3, 0.8, 0.675,  false",
            // scores kept to four decimals
            "AVERAGE,  1.0, true,  1, 0.0, true,  2, 0.3, 0.3333, true",
    })
    void weightsDecide(Decision decision, double aScore, boolean aApproved, double aWeight,
                       double bScore, boolean bApproved, double bWeight, double threshold,
                       double score, boolean approved) {
        Map<AdvisorRef, Review> reviews = new LinkedHashMap<>();
        reviews.put(new AdvisorRef("a", aWeight), review(aScore, aApproved, "fix a", "more a"));
        reviews.put(new AdvisorRef("b", bWeight), review(bScore, bApproved, "fix b", "more b"));
        Review combined = Council.combine(reviews, decision, threshold);
        assertEquals(score, combined.score(), 1e-9);
        assertEquals(approved, combined.approved());
    }

    @Test
    void issuesAndSuggestionsAreGatheredUnderTheirAdvisorsNames() {
        Map<AdvisorRef, Review> reviews = new LinkedHashMap<>();
        reviews.put(new AdvisorRef("lint", 1), review(0.5, false, "unclosed tag", "indent"));
        reviews.put(new AdvisorRef("a11y", 1), review(0.9, true, null, "alt text"));
        Review combined = Council.combine(reviews, Decision.MAJORITY, 0.5);
        assertEquals(List.of("lint: unclosed tag"), combined.criticalIssues());
        assertEquals(List.of("lint: indent", "a11y: alt text"), combined.suggestions());
        assertEquals("majority", combined.details().get("decision"));
    }

    @Test
    void oneReviewStandsAsItIs() {
        Review only = review(0.4, false, "x", "y");
        assertSame(only, Council.combine(Map.of(new AdvisorRef("only", 3), only), Decision.AVERAGE, 0.9));
    }

    @Test
    void noReviewIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Council.combine(Map.of(), Decision.MAJORITY, 0.5));
    }

    private static Review review(double score, boolean approved, String issue, String suggestion) {
        return new Review(score, approved, issue == null ? List.of() : List.of(issue), List.of(suggestion), "", Map.of());
    }
}
