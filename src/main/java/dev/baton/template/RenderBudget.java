package dev.baton.template;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;

/**
 * What one render may cost: at most {@value #MAX_STEPS} steps, a step being a template node
 * rendered or a pass of a loop, and nothing once its thread is interrupted (a stage's timeout or
 * stop). Counted per thread; a render runs on one thread.
 */
final class RenderBudget {

    /** Steps one render may take. */
    static final long MAX_STEPS = 1_000_000;

    private static final ThreadLocal<long[]> STEPS = ThreadLocal.withInitial(() -> new long[1]);

    private RenderBudget() {
    }

    /**
     * The budget is spent, or the render's thread was interrupted. An {@link Error}, not an
     * exception: Jinjava records every exception thrown inside a tag as one more template error and
     * renders on, where this must end the render at once; {@link TaskRenderer} catches it at the
     * render's edge and nothing else sees it.
     */
    static final class Exceeded extends Error {
        final boolean interrupted;

        Exceeded(boolean interrupted) {
            super(interrupted ? "interrupted" : "more than " + MAX_STEPS + " steps", null, false, false);
            this.interrupted = interrupted;
        }
    }

    /** Starts counting a render on this thread. */
    static void start() {
        STEPS.get()[0] = 0;
    }

    /** Counts a node about to be rendered (Jinjava's node pre-processor). */
    static void count(Node node, JinjavaInterpreter interpreter) {
        charge(1);
    }

    /** Charges steps to the render on this thread. */
    static void charge(long steps) {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded(true);
        }
        long[] taken = STEPS.get();
        taken[0] += steps;
        if (taken[0] > MAX_STEPS) {
            throw new Exceeded(false);
        }
    }
}
