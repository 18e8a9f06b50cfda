package dev.baton.cli;

/** The exit codes of every command. */
public final class ExitCodes {

    /** The run completed and every stage passed; or the command did what was asked. */
    public static final int OK = 0;
    /** The run failed, was stopped, or a stage was rejected. */
    public static final int RUN_FAILED = 1;
    /** Bad usage or an invalid pipeline. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
