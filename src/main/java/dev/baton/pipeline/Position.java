package dev.baton.pipeline;

/**
 * A place in a pipeline file, 1-based, as editors count lines and columns.
 *
 * @param line   line number, starting at 1
 * @param column column number, starting at 1
 */
public record Position(int line, int column) {

    /** The position of things that have no place in a file (defaults, generated values). */
    public static final Position NONE = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
