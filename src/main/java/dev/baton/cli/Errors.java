package dev.baton.cli;

import dev.baton.runtime.RunRefusedException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * How the command line reports what went wrong: one line for the user, never a stack trace.
 * Usage mistakes exit with 2; an unexpected failure with 1 (its stack trace goes to the log).
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("baton: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try 'baton " + (ex.getCommandLine().getCommandName().equals("baton") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
        return ExitCodes.INVALID;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (ex instanceof UsageException usage) {
            usage.lines().forEach(cli.getErr()::println);
            return ExitCodes.INVALID;
        }
        if (ex instanceof dev.baton.telemetry.TelemetryException telemetry) {
            cli.getErr().println("baton: " + telemetry.getMessage());
            return ExitCodes.INVALID;
        }
        if (ex instanceof RunRefusedException refused) {
            refused.problems().forEach(p -> cli.getErr().println(ValidateCommand.line(p)));
            return ExitCodes.INVALID;
        }
        if (ex instanceof dev.baton.runtime.OperationException op) {
            cli.getErr().println("baton: " + op.getMessage());
            return op.exitCode();
        }
        java.util.logging.Logger.getLogger("dev.baton.cli").log(java.util.logging.Level.SEVERE, "command failed", ex);
        cli.getErr().println("baton: " + oneLine(ex));
        return ExitCodes.RUN_FAILED;
    }

    /** An unexpected failure in one line: its message, and its innermost cause's when that says more ("No space left on device"). */
    static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage();
        if (root != failure && cause != null && !cause.isBlank() && !message.contains(cause.strip())) {
            message = message + ": " + cause.strip();
        }
        return message.replaceAll("\\s+", " ");
    }
}
