package dev.baton.runtime;

import dev.baton.jobxml.JobProperties;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records this process as the owner of the execution while it runs, when the batch runtime is
 * Baton's Java SE one; in a container, which owns its executions itself, it does nothing.
 */
@Dependent
@Named(JobProperties.OWNERSHIP_LISTENER)
public class OwnershipListener implements JobListener {

    @Inject
    JobContext jobContext;

    @Override
    public void beforeJob() {
        ownership().ifPresent(o -> o.claim(jobContext.getExecutionId()));
    }

    @Override
    public void afterJob() {
        ownership().ifPresent(o -> o.release(jobContext.getExecutionId()));
    }

    private static java.util.Optional<Ownership> ownership() {
        try {
            return java.util.Optional.of(SeBatchEnvironment.current().ownership());
        } catch (IllegalStateException inAContainer) {
            return java.util.Optional.empty();
        }
    }
}
