package dev.baton.runtime;

/**
 * An operation the state of a run does not allow (restart a running run, stop a finished one),
 * or on a run that does not exist. The message is for the user.
 */
public class OperationException extends RuntimeException {

    private final int exitCode;

    public OperationException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The command line's exit code for it: 2 for a run that does not exist, 1 otherwise. */
    public int exitCode() {
        return exitCode;
    }
}
