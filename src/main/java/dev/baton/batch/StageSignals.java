package dev.baton.batch;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One signal per stage of an execution, given once (with whether the stage got where the waiters
 * need it to), awaited by other stages' threads. Stages that never run in this execution (completed
 * in an earlier one) are given their signal when the execution starts.
 */
final class StageSignals {

    /** How often a waiter looks whether it should stop waiting. */
    private static final long POLL_MILLIS = 100;

    private final ConcurrentHashMap<String, CompletableFuture<Boolean>> signals = new ConcurrentHashMap<>();

    /** Gives a stage's signal; later calls for the same stage change nothing. */
    void give(String stage, boolean ok) {
        of(stage).complete(ok);
    }

    /**
     * Waits until every one of the stages has its signal, or {@code giveUp} says to stop waiting.
     *
     * @return the first of the stages (in the order given) whose signal is not ok, or null when all are ok
     *         or the wait was given up
     */
    String await(Collection<String> stages, BooleanSupplier giveUp) throws InterruptedException {
        for (String stage : stages) {
            CompletableFuture<Boolean> signal = of(stage);
            while (true) {
                try {
                    if (!signal.get(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return stage;
                    }
                    break;
                } catch (TimeoutException e) {
                    if (giveUp.getAsBoolean()) {
                        return null;
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a stage signal is never completed exceptionally", e);
                }
            }
        }
        return null;
    }

    private CompletableFuture<Boolean> of(String stage) {
        return signals.computeIfAbsent(stage, s -> new CompletableFuture<>());
    }
}
