package dev.baton.cli;

import dev.baton.record.RunEvent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds back events that arrive before the execution id is known (a fast first stage can start
 * before {@code start} returns), then passes on the events of that execution only.
 */
final class ProgressGate implements Consumer<RunEvent> {

    private final List<RunEvent> early = new ArrayList<>();
    private Progress progress;

    synchronized void open(long executionId, int width, PrintWriter out) {
        progress = new Progress(out, executionId, width);
        early.forEach(progress);
        early.clear();
    }

    @Override
    public synchronized void accept(RunEvent event) {
        if (progress == null) {
            early.add(event);
        } else {
            progress.accept(event);
        }
    }
}
