package dev.baton.runtime;

import dev.baton.message.Msg;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;

import java.util.List;

/**
 * A run that cannot start, for a reason in what was asked: every problem found, each with its
 * stable code, those in the pipeline file at their line and column ({@link Position#NONE} for the
 * others). The command line prints them and exits with 2; the REST API answers 400 or 422.
 */
public final class RunRefusedException extends RuntimeException {

    /** Whose mistake it is. */
    public enum Reason {
        /** The request itself: a memory key that is not a name, plan options out of range. */
        BAD_REQUEST,
        /** The pipeline, or the pipeline with this memory: problems of the file, a memory key that hides a stage, too much memory. */
        CANNOT_RUN
    }

    private final Reason reason;
    private final List<Problem> problems;

    public RunRefusedException(Reason reason, List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).message(), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    /** A refusal with one problem that has no place in a file. */
    static RunRefusedException of(Reason reason, String source, Msg msg, Object... args) {
        return new RunRefusedException(reason, List.of(new Problem(source, Position.NONE, msg.code(), msg.format(args))));
    }

    public Reason reason() {
        return reason;
    }

    /** Every problem, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether some problem is at a place in the pipeline file. */
    public boolean inFile() {
        return problems.stream().anyMatch(p -> !Position.NONE.equals(p.position()));
    }
}
