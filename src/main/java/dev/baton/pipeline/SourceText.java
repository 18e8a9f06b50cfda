package dev.baton.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import dev.baton.message.Msg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a pipeline or presets file as UTF-8 text, turning a failure into a problem (for bytes that are not UTF-8, at their line and column). */
final class SourceText {

    private SourceText() {
    }

    /**
     * The file's text.
     *
     * @throws Unreadable carrying the problem to report
     */
    static String read(Path file) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(List.of(new Problem(file.toString(), new Position(1, 1),
                    Msg.READ_FAILED.code(), Msg.READ_FAILED.format(e.getMessage()))));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new Unreadable(List.of(new Problem(file.toString(), new Position(line, column), Msg.NOT_UTF8.code(),
                    Msg.NOT_UTF8.format(String.format("%02X", bytes[in.position()] & 0xFF)))));
        }
        decoder.flush(out);
        return out.flip().toString();
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
