package dev.baton.batch;

import dev.baton.record.RunEvent;
import dev.baton.json.Json;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The record of what happens in runs: each event is appended as one JSON line to the run
 * folder's {@code events.jsonl} (whole lines, in order, from any thread), then handed to the
 * listeners of this process.
 */
@ApplicationScoped
public class RunEvents {

    /** The name of the events file in a run folder. */
    public static final String FILE = "events.jsonl";

    private final List<Consumer<RunEvent>> listeners = new CopyOnWriteArrayList<>();
    /** The events file of each run in progress here, kept open while the run goes on. */
    private final java.util.Map<Path, java.nio.channels.FileChannel> open = new java.util.HashMap<>();

    /** Closes the events file of a run whose execution ended here; a later event opens it again. */
    public synchronized void close(Path runFolder) {
        java.nio.channels.FileChannel channel = open.remove(runFolder);
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was lost: every line was written whole before
            }
        }
    }

    /** Adds a listener, called on the thread that runs the stage; it must be quick and must not throw. */
    public void listen(Consumer<RunEvent> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<RunEvent> listener) {
        listeners.remove(listener);
    }

    /** Records an event of the run whose folder is given. */
    public void record(Path runFolder, RunEvent event) {
        byte[] line = (Json.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                java.nio.channels.FileChannel channel = open.get(runFolder);
                if (channel == null || !channel.isOpen()) {
                    Files.createDirectories(runFolder);
                    channel = java.nio.channels.FileChannel.open(runFolder.resolve(FILE), StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    open.put(runFolder, channel);
                }
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Consumer<RunEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
