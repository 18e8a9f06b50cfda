package dev.baton.runtime;

import org.jberet.spi.JobOperatorContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The batch runtime of Baton's own command line: the standard job operator on a
 * {@link SeBatchEnvironment}, made once, on demand or ahead of time on another thread
 * ({@link #warmUp()}), and installed as JBeret's operator context, so that
 * {@code BatchRuntime.getJobOperator()} answers with it. A failure to start (a repository out of
 * reach) reaches every caller with its own message.
 */
public final class SeRuntime {

    private static final CompletableFuture<JobOperatorContext> CONTEXT = new CompletableFuture<>();
    private static volatile boolean started;

    private SeRuntime() {
    }

    /** Installs the runtime as JBeret's operator context; nothing starts yet. */
    public static synchronized void install() {
        JobOperatorContext.setJobOperatorContextSelector(SeRuntime::context);
    }

    /** Starts the runtime on another thread, if it has not started. */
    public static void warmUp() {
        Thread t = new Thread(SeRuntime::start, "baton-warm-up-runtime");
        t.setDaemon(true);
        t.start();
    }

    private static JobOperatorContext context() {
        start();
        try {
            return CONTEXT.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void start() {
        synchronized (SeRuntime.class) {
            if (started) {
                return;
            }
            started = true;
        }
        try {
            CONTEXT.complete(JobOperatorContext.create(new SeBatchEnvironment()));
        } catch (RuntimeException | Error e) {
            CONTEXT.completeExceptionally(e);
        }
    }
}
