package dev.baton.batch;

import dev.baton.json.Json;
import dev.baton.record.RunEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The events file of one run ({@code events.jsonl} in its folder), open while an execution of the
 * run goes on: each event is appended as one whole JSON line, in order, from any thread.
 */
final class EventLog implements AutoCloseable {

    private final Path folder;
    private FileChannel channel;

    EventLog(Path folder) {
        this.folder = folder;
    }

    /**
     * Appends an event.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    synchronized void append(RunEvent event) {
        ByteBuffer line = ByteBuffer.wrap((Json.write(event) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            if (channel == null || !channel.isOpen()) {
                Files.createDirectories(folder);
                channel = FileChannel.open(folder.resolve(RunEvents.FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(RunEvents.FILE) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was lost: every line was written whole before
            }
            channel = null;
        }
    }
}
