package dev.baton.batch;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one attempt's work on its own thread so that it can be cut short: when its time is up,
 * or when the stage is stopped, the thread is interrupted (agents then kill their processes and
 * abort their requests) and the caller returns at once.
 */
final class Attempt {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "baton-attempt-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private volatile Future<?> current;
    private volatile boolean stopped;

    /** Why an attempt ended early. */
    static final class Interrupted extends Exception {
        final boolean timedOut;

        Interrupted(boolean timedOut) {
            super(timedOut ? "timed out" : "stopped", null, false, false);
            this.timedOut = timedOut;
        }
    }

    /**
     * Runs {@code work}, waiting at most {@code timeoutSeconds} (null: no limit).
     *
     * @throws Interrupted        if the time ran out or {@link #stop()} was called
     * @throws ExecutionException if the work threw (its exception is the cause)
     */
    <T> T run(Callable<T> work, Double timeoutSeconds) throws Interrupted, ExecutionException {
        if (stopped) {
            throw new Interrupted(false);
        }
        Future<T> future = WORKERS.submit(work);
        current = future;
        try {
            if (timeoutSeconds == null) {
                return future.get();
            }
            return future.get(Math.max(1L, (long) (timeoutSeconds * 1000)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Interrupted(true);
        } catch (CancellationException e) {
            throw new Interrupted(false);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Interrupted(false);
        } finally {
            current = null;
        }
    }

    /** Stops the attempt under way, if any, and every later one. */
    void stop() {
        stopped = true;
        Future<?> running = current;
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Sleeps before a retry; false when the stage was stopped meanwhile. */
    boolean pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        try {
            while (!stopped && System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(100, Math.max(1, end - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopped;
    }

    boolean isStopped() {
        return stopped;
    }
}
