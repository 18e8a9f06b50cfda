package dev.baton.testing.beans;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** A batchlet that does nothing: raw JBeret's cost of a step, for the overhead benchmark. */
@Dependent
@Named("noopBatchlet")
public class NoopBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "COMPLETED";
    }
}
