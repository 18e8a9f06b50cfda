package dev.baton.runtime;

/**
 * The batch runtime of this process died running an execution (its job repository could not be
 * written: a full disk): the run cannot end as it should. It stays as the repository last recorded
 * it, and shows as CRASHED once this process has exited, restartable when the cause is gone. The
 * message says what could not be written, in one line.
 */
public final class RunLostException extends RuntimeException {

    public RunLostException(long executionId, Throwable cause) {
        super("the batch runtime lost execution " + executionId + ": " + innermost(cause)
                + "; the run is left as last recorded, and can be restarted once that is mended", null, false, false);
    }

    private static String innermost(Throwable failure) {
        StringBuilder said = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && said.indexOf(message.strip()) < 0) {
                if (!said.isEmpty()) {
                    said.append(": ");
                }
                said.append(message.strip().replaceAll("\\s+", " "));
            }
        }
        return said.isEmpty() ? failure.getClass().getSimpleName() : said.toString();
    }
}
