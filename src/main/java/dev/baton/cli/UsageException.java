package dev.baton.cli;

import java.util.List;

/** A mistake of the user's (arguments, pipeline file): its lines are printed as they are, and the command exits with 2. */
final class UsageException extends RuntimeException {

    private final List<String> lines;

    UsageException(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    UsageException(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
