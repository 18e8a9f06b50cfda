package dev.baton.batch;

import jakarta.batch.operations.JobOperator;
import org.jberet.spi.JobOperatorContext;

/**
 * The job operator of the batch runtime this code runs in. {@code BatchRuntime.getJobOperator()}
 * looks the operator up through a {@code ServiceLoader} on every call (a scan of the class path,
 * about a millisecond), and returns a wrapper around this same operator; the stages call it often.
 * JBeret's operator context is what both Java SE (Baton's runtime) and WildFly install.
 */
public final class Operators {

    private Operators() {
    }

    /** The operator of the runtime in charge here. */
    public static JobOperator current() {
        return JobOperatorContext.getJobOperatorContext().getJobOperator();
    }
}
