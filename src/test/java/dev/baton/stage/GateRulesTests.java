package dev.baton.stage;

import dev.baton.advisor.Review;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate, rule by rule, on plain values. */
class GateRulesTests {

    @ParameterizedTest(name = "score {0}, approved {1}, threshold {2}: passes {3}")
    @CsvSource({
            "0.80, true,  0.80, true",   // reaching the threshold is enough
            "0.79, true,  0.80, false",  // just under it is not
            "1.00, false, 0.00, false",  // a rejection fails whatever the score
            "0.00, true,  0.00, true",   // a zero threshold passes any approved review
            "0.95, true,  1.00, false",
    })
    void aReviewPassesWhenApprovedAndAtTheThreshold(double score, boolean approved, double threshold, boolean passes) {
        assertEquals(passes, Gate.passes(new Review(score, approved, List.of(), List.of(), "", Map.of()), threshold));
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource({"0.0", "0.5", "1.0"})
    void aStageWithoutReviewersPasses(double threshold) {
        assertTrue(Gate.passes(null, threshold));
    }
}
