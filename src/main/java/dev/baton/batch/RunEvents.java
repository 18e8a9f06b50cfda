package dev.baton.batch;

import dev.baton.record.RunEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What happens in the runs of this process, for those who listen (the command line's progress
 * lines): each event, once its run has written it to its {@code events.jsonl} ({@link RunScope}).
 */
@ApplicationScoped
public class RunEvents {

    /** The name of the events file in a run folder. */
    public static final String FILE = "events.jsonl";

    private final List<Consumer<RunEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener, called on the thread that runs the stage; it must be quick and must not throw. */
    public void listen(Consumer<RunEvent> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<RunEvent> listener) {
        listeners.remove(listener);
    }

    /** Hands an event, already written to its run's events file, to the listeners of this process. */
    void publish(RunEvent event) {
        for (Consumer<RunEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
