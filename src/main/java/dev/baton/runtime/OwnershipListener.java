package dev.baton.runtime;

import dev.baton.jobxml.JobProperties;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Ends this process's ownership of the execution when the job ends, when the batch runtime is
 * Baton's Java SE one (the ownership began when the execution was created: {@link OwningRepository});
 * in a container, which owns its executions itself, it does nothing.
 */
@Dependent
@Named(JobProperties.OWNERSHIP_LISTENER)
public class OwnershipListener extends AbstractJobListener {

    @Inject
    JobContext jobContext;

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
