package dev.baton.pipeline;

import dev.baton.message.Msg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a pipeline or presets file as UTF-8 text, turning a failure into a problem. */
final class SourceText {

    private SourceText() {
    }

    /**
     * The file's text.
     *
     * @throws Unreadable carrying the problem to report
     */
    static String read(Path file) throws Unreadable {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(List.of(new Problem(file.toString(), new Position(1, 1),
                    Msg.READ_FAILED.code(), Msg.READ_FAILED.format(e.getMessage()))));
        }
    }

    /** A file that cannot be read, and the problem that says so. */
    static final class Unreadable extends Exception {
        final List<Problem> problems;

        Unreadable(List<Problem> problems) {
            super(problems.get(0).message(), null, false, false);
            this.problems = problems;
        }
    }
}
