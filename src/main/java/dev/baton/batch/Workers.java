package dev.baton.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Holds each execution to its {@code --max-workers}: a stage takes a permit before it runs and
 * gives it back when it ends. Waves already group a wide wave into that many flows; an eager
 * schedule may nest splits wider than that, and the permits keep the bound. A stage that waits
 * for a permit holds no other, so waiting never deadlocks.
 */
final class Workers {

    private static final Map<Long, Semaphore> PERMITS = new ConcurrentHashMap<>();

    private Workers() {
    }

    /** A taken permit. */
    interface Permit {
        void release();
    }

    /** Waits for a permit of the execution. */
    static Permit acquire(long executionId, int maxWorkers) throws InterruptedException {
        Semaphore permits = PERMITS.computeIfAbsent(executionId, id -> new Semaphore(Math.max(1, maxWorkers), true));
        permits.acquire();
        return permits::release;
    }

    /** Forgets an execution that ended. */
    static void forget(long executionId) {
        PERMITS.remove(executionId);
    }
}
