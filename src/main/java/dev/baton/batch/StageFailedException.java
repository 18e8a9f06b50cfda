package dev.baton.batch;

/**
 * Fails a stage's step. It carries only the message (no cause, no stack): the message is what
 * the job repository keeps as the step's exception and what users read.
 */
public class StageFailedException extends Exception {

    public StageFailedException(String message) {
        super(message, null, false, false);
    }
}
