package dev.baton.rest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a run's {@code events.jsonl} as it grows: each call returns the whole lines written
 * since the last one (a line still being written waits for its end), from any process.
 */
final class EventTail {

    private final Path file;
    private long offset;
    private long lineNumber;
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();

    EventTail(Path file) {
        this.file = file;
    }

    /** A line and its number in the file, from 1. */
    record Line(long number, String text) {
    }

    /** The lines completed since the last call; empty when there are none (or no file yet). */
    List<Line> next() throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() <= offset) {
                return lines;
            }
            in.seek(offset);
            byte[] chunk = new byte[(int) Math.min(in.length() - offset, 1 << 20)];
            in.readFully(chunk);
            offset += chunk.length;
            for (byte b : chunk) {
                if (b == '\n') {
                    lines.add(new Line(++lineNumber, partial.toString(StandardCharsets.UTF_8)));
                    partial.reset();
                } else {
                    partial.write(b);
                }
            }
        }
        return lines;
    }
}
