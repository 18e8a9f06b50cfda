package dev.baton.runtime;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import org.jberet.job.model.Job;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who runs an execution, as other processes sharing the job repository see it. */
class OwnershipTests {

    @Test
    void anExecutionIsOwnedFromTheMomentItsRowExists() {
        BatchRuntime.getJobOperator(); // the runtime of this process
        SeBatchEnvironment environment = SeBatchEnvironment.current();
        JobRepository repository = environment.getJobRepository();
        JobInstanceImpl instance = repository.createJobInstance(new Job("ownership-probe"), null, getClass().getClassLoader());
        // a process killed here, before the batch runtime has run any of the job, must still leave a run that others can tell is its own
        JobExecutionImpl created = repository.createJobExecution(instance, new Properties());

        Optional<Ownership.Owner> owner = environment.ownership().owner(created.getExecutionId());
        assertTrue(owner.isPresent(), "the owner is recorded with the execution itself");
        assertEquals(ProcessIdentity.current(), owner.get().process());
        JobExecution stored = repository.getJobExecution(created.getExecutionId());
        RunState state = RunState.of(stored, owner);
        assertTrue(state.isRunning(), "a run this live process owns is running: " + state.status());
    }

    @Test
    void whileAnExecutionIsBeingCreatedItsCreatorIsItsOwner() {
        BatchRuntime.getJobOperator();
        SeBatchEnvironment environment = SeBatchEnvironment.current();
        JobInstanceImpl instance = environment.getJobRepository().createJobInstance(new Job("ownership-probe"), null, getClass().getClassLoader());
        long notYetClaimed = Long.MAX_VALUE - instance.getInstanceId(); // an execution whose own owner row was never written
        assertTrue(environment.ownership().owner(notYetClaimed, instance.getInstanceId()).isEmpty());

        environment.ownership().claimPending(instance.getInstanceId());
        // a process killed now, after writing the execution's row: others still find who created it
        assertEquals(ProcessIdentity.current(), environment.ownership().owner(notYetClaimed, instance.getInstanceId()).orElseThrow().process());
        assertTrue(environment.ownership().owner(notYetClaimed).isEmpty(), "the execution itself has no owner row");

        environment.ownership().claimCreated(instance.getInstanceId(), notYetClaimed);
        assertEquals(ProcessIdentity.current(), environment.ownership().owner(notYetClaimed).orElseThrow().process());
    }

    @Test
    void aRunWhoseOwnerDiedIsCrashed() {
        BatchRuntime.getJobOperator();
        SeBatchEnvironment environment = SeBatchEnvironment.current();
        JobRepository repository = environment.getJobRepository();
        JobInstanceImpl instance = repository.createJobInstance(new Job("ownership-probe"), null, getClass().getClassLoader());
        JobExecutionImpl created = repository.createJobExecution(instance, new Properties());
        ProcessIdentity self = ProcessIdentity.current();
        ProcessIdentity dead = new ProcessIdentity(self.host(), Long.MAX_VALUE - 1, self.startedAt());

        RunState state = RunState.of(repository.getJobExecution(created.getExecutionId()),
                Optional.of(new Ownership.Owner(dead, System.currentTimeMillis(), false)));
        assertTrue(state.crashed());
        assertFalse(state.isRunning());
        assertEquals("CRASHED", state.status());
    }
}
