package dev.baton.stage;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one attempt's work on the stage's own thread, and cuts it short by interrupting that
 * thread: when its time is up (a watchdog fires at the deadline) or when the stage is stopped.
 * Agents then kill their processes and abort their requests. An interruption never outlives the
 * attempt: the thread's interrupt status is cleared when the attempt ends.
 */
final class AttemptGuard {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "baton-attempt-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Object lock = new Object();
    private Thread running;
    private boolean timedOut;
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
     * Runs {@code work} on this thread, for at most {@code timeoutSeconds} (null: no limit).
     *
     * @throws Interrupted        if the time ran out or {@link #stop()} was called
     * @throws ExecutionException if the work threw (its exception is the cause)
     */
    <T> T run(Callable<T> work, Double timeoutSeconds) throws Interrupted, ExecutionException {
        synchronized (lock) {
            if (stopped) {
                throw new Interrupted(false);
            }
            running = Thread.currentThread();
            timedOut = false;
        }
        ScheduledFuture<?> watchdog = timeoutSeconds == null ? null
                : WATCHDOG.schedule(this::timeUp, Math.max(1L, (long) (timeoutSeconds * 1000)), TimeUnit.MILLISECONDS);
        try {
            return work.call();
        } catch (InterruptedException e) {
            throw interrupted();
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted() || timedOut || stopped) {
                throw interrupted();
            }
            throw new ExecutionException(e);
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            synchronized (lock) {
                running = null;
                Thread.interrupted(); // a late interrupt must not reach what the thread does next
            }
        }
    }

    private Interrupted interrupted() {
        synchronized (lock) {
            return new Interrupted(timedOut && !stopped);
        }
    }

    private void timeUp() {
        synchronized (lock) {
            if (running != null) {
                timedOut = true;
                running.interrupt();
            }
        }
    }

    /** Stops the attempt under way, if any, and every later one. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            if (running != null) {
                running.interrupt();
            }
        }
    }

    /** Sleeps before a retry; false when the stage was stopped meanwhile. */
    boolean pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!stopped && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, end - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                return !stopped;
            }
        }
        return !stopped;
    }

    boolean isStopped() {
        return stopped;
    }
}
