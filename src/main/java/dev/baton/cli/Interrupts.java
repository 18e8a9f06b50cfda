package dev.baton.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a run is followed: the first stops the run the way
 * {@code baton stop} does (the stage under way is interrupted and the run is recorded STOPPED,
 * ready to restart), while the command waits for that and reports; a second one leaves at once
 * (the run then shows as CRASHED, and restarts all the same). Taken before the JVM begins to shut
 * down, so the job repository is still there to record the stop.
 */
final class Interrupts implements AutoCloseable {

    /** The exit code of a command interrupted by the user (128 + SIGINT). */
    static final int EXIT_CODE = 130;

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final AtomicInteger received = new AtomicInteger();
    private final List<Previous> previous = new ArrayList<>();

    private record Previous(Signal signal, SignalHandler handler) {
    }

    /**
     * Handles the signals until closed.
     *
     * @param stop stops the run; called once, on a thread of its own
     */
    Interrupts(long executionId, PrintWriter err, Runnable stop) {
        SignalHandler handler = signal -> {
            if (received.incrementAndGet() == 1) {
                err.printf(Locale.ROOT, "%nbaton: stopping execution %d (%s again to leave it at once)%n", executionId,
                        signal.getName().equals("INT") ? "Ctrl-C" : "the signal");
                err.flush();
                Thread stopper = new Thread(stop, "baton-stop-on-signal");
                stopper.setDaemon(true);
                stopper.start();
            } else {
                err.println("baton: left at once; the run shows as crashed until it is restarted");
                err.flush();
                System.exit(EXIT_CODE);
            }
        };
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                previous.add(new Previous(signal, Signal.handle(signal, handler)));
            } catch (IllegalArgumentException unavailable) {
                // a platform without that signal: the JVM's default stays
            }
        }
    }

    /** Whether a signal came. */
    boolean interrupted() {
        return received.get() > 0;
    }

    @Override
    public void close() {
        for (Previous p : previous) {
            Signal.handle(p.signal(), p.handler());
        }
    }
}
