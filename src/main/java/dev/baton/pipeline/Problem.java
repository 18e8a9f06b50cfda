package dev.baton.pipeline;

/**
 * One mistake in a pipeline file, where it is and what it is.
 *
 * @param source   the file, as given by the user
 * @param position where the mistake is
 * @param code     the stable code of the message (see {@link dev.baton.message.Msg})
 * @param message  what is wrong, and where possible how to fix it
 */
public record Problem(String source, Position position, String code, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return source + ":" + position.line() + ":" + position.column() + ": " + message;
    }
}
