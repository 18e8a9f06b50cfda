package dev.baton.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rejections and infrastructure errors spend separate budgets; errors wait longer each time. */
class RetryBudgetTests {

    @ParameterizedTest(name = "{0} attempts allow {1} retries after rejections")
    @CsvSource({"1, 0", "2, 1", "4, 3"})
    void rejectionsAreRetriedWhileAttemptsRemain(int maxAttempts, int retries) {
        RetryBudget budget = new RetryBudget(maxAttempts, Map.of());
        int allowed = 0;
        while (budget.rejectedMayRetry()) {
            allowed++;
        }
        assertEquals(retries, allowed);
    }

    @ParameterizedTest(name = "infra_retries {0}, backoff_seconds {1}: pauses {2}")
    @CsvSource(delimiter = '|', value = {
            "     |      | 1000,2000",           // the defaults: two retries, from one second
            "0    |      | ''",                  // none
            "3    | 0.5  | 500,1000,2000",
            "6    | 10   | 10000,20000,30000,30000,30000,30000", // doubling stops at 30 s
            "2    | 0    | 0,0",
    })
    void infrastructureErrorsBackOffDoublingUpToALimit(Integer retries, Double backoff, String pauses) {
        Map<String, Object> with = new java.util.HashMap<>();
        if (retries != null) {
            with.put("infra_retries", retries);
        }
        if (backoff != null) {
            with.put("backoff_seconds", backoff);
        }
        RetryBudget budget = new RetryBudget(1, with);
        List<String> seen = new ArrayList<>();
        for (long pause = budget.failedBackoff(); pause >= 0; pause = budget.failedBackoff()) {
            seen.add(Long.toString(pause));
        }
        assertEquals(pauses, String.join(",", seen));
    }

    @Test
    void manyRetriesNeverOverflowThePause() {
        RetryBudget budget = new RetryBudget(1, Map.of("infra_retries", 100, "backoff_seconds", 1));
        for (int i = 1; i <= 100; i++) {
            long pause = budget.failedBackoff();
            assertEquals(true, pause > 0 && pause <= RetryBudget.MAX_BACKOFF_MILLIS, "retry " + i + ": " + pause);
        }
        assertEquals(-1, budget.failedBackoff());
    }

    @Test
    void theTwoBudgetsDoNotShare() {
        RetryBudget budget = new RetryBudget(2, Map.of("infra_retries", 1, "backoff_seconds", 0));
        assertEquals(0, budget.failedBackoff(), "an error is retried");
        assertEquals(true, budget.rejectedMayRetry(), "a rejection still has its own retry");
        assertEquals(-1, budget.failedBackoff(), "the second error is one too many");
        assertEquals(false, budget.rejectedMayRetry(), "the second rejection too");
    }
}
