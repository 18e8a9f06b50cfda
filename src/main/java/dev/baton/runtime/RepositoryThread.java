package dev.baton.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Repository work done for a thread that may be interrupted (a stage's thread during an attempt,
 * which a stop or a timeout interrupts) on a thread nobody interrupts. The embedded database reads
 * and writes its file through an interruptible channel: an interrupt that lands during its I/O
 * closes the channel, and H2 closes the whole database, for every run of the process. Done here,
 * the work completes whatever happens to the caller, who stops waiting when interrupted.
 */
final class RepositoryThread {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "baton-repository-io");
        t.setDaemon(true);
        return t;
    });

    private RepositoryThread() {
    }

    /**
     * Runs the work on a repository thread and returns what it returned.
     *
     * @throws Exception what the work threw, or {@link InterruptedException} when the caller was
     *                   interrupted while waiting (the work still completes)
     */
    static <T> T call(Patience.Work<T> work) throws Exception {
        Future<T> done = THREADS.submit(work::run);
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
