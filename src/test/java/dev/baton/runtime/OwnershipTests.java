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

    @Test
    void aRunWhoseOwnerRecordedItsEndAndThenExitedIsNotCrashed() throws Exception {
        jakarta.batch.operations.JobOperator operator = BatchRuntime.getJobOperator();
        SeBatchEnvironment environment = SeBatchEnvironment.current();
        JobRepository repository = environment.getJobRepository();
        JobInstanceImpl instance = repository.createJobInstance(new Job("ownership-probe"), null, getClass().getClassLoader());
        JobExecutionImpl created = repository.createJobExecution(instance, new Properties());
        long id = created.getExecutionId();
        // what an observer read a moment ago: the run still going
        JobExecution readBefore = (JobExecution) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{JobExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> id;
                    case "getBatchStatus" -> jakarta.batch.runtime.BatchStatus.STARTED;
                    case "getJobName" -> "ownership-probe";
                    default -> null;
                });
        // then its owner records the end, and exits
        created.setBatchStatus(jakarta.batch.runtime.BatchStatus.STOPPED);
        repository.updateJobExecution(created, false, false);
        try (java.sql.Connection c = environment.dataSource().getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("UPDATE " + Ownership.TABLE + " SET PID = ? WHERE JOBEXECUTIONID = ?")) {
            s.setLong(1, Long.MAX_VALUE - 1);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }

        RunState state = new SeRunControl(environment, operator).state(readBefore);

        assertEquals("STOPPED", state.status(), "the end its owner recorded before exiting, not CRASHED");
        assertFalse(state.crashed());
    }
}
