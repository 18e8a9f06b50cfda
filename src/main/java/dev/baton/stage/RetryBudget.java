package dev.baton.stage;

import java.util.Map;

/**
 * How many attempts a stage gets. Rejections and infrastructure errors (an agent or advisor that
 * throws, a timeout, an HTTP failure, a crashed command) have separate budgets: a rejection is
 * retried at once, with the reviewers' feedback, while attempts remain ({@code max_retries}, from
 * the stage or the policy); an infrastructure error is retried {@value #DEFAULT_INFRA_RETRIES} times
 * by default ({@code with.infra_retries}), after a pause that doubles each time, from
 * {@code with.backoff_seconds} (1 s by default) up to {@value #MAX_BACKOFF_MILLIS} ms.
 */
public final class RetryBudget {

    static final int DEFAULT_INFRA_RETRIES = 2;
    static final long MAX_BACKOFF_MILLIS = 30_000;

    private final int maxRejections;
    private final int infraRetries;
    private final long firstBackoffMillis;
    private int rejections;
    private int infraFailures;

    public RetryBudget(int maxAttempts, Map<String, Object> with) {
        this.maxRejections = maxAttempts;
        this.infraRetries = with.get("infra_retries") instanceof Number n ? Math.max(0, n.intValue()) : DEFAULT_INFRA_RETRIES;
        this.firstBackoffMillis = with.get("backoff_seconds") instanceof Number n ? Math.max(0, (long) (n.doubleValue() * 1000)) : 1000;
    }

    /** Counts a rejection; whether another attempt may follow. */
    boolean rejectedMayRetry() {
        rejections++;
        return rejections < maxRejections;
    }

    /** Counts an infrastructure error; the pause before the next attempt in ms, or -1 when none may follow. */
    public long failedBackoff() {
        infraFailures++;
        if (infraFailures > infraRetries) {
            return -1;
        }
        int doublings = infraFailures - 1;
        return doublings >= 30 ? (firstBackoffMillis == 0 ? 0 : MAX_BACKOFF_MILLIS)
                : Math.min(MAX_BACKOFF_MILLIS, firstBackoffMillis << doublings);
    }
}
