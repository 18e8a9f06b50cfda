package dev.baton.runtime;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import org.h2.jdbcx.JdbcDataSource;
import org.jberet.job.model.Job;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.jberet.runtime.StepExecutionImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The repository leaves out a write of a step that would store what its row holds already, and the
 * save of a stage's checkpoint that JBeret makes again with the stage's end, and only those: the rows
 * read back are what JBeret wrote, with two commits fewer a stage, and a stop marked by another process
 * is still seen when the stage returns.
 */
class StepWritesTests {

    private JdbcDataSource dataSource;
    /** The step writes that reached the database, by method name. */
    private final List<String> reached = new ArrayList<>();
    private JobRepository repository;
    private JobExecutionImpl job;

    @BeforeEach
    void repository() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:step-writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JobRepository jdbc = new JdbcRepository(dataSource, new Properties());
        JobRepository counted = (JobRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{JobRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("savePersistentData") || method.getName().equals("updateStepExecution")) {
                        reached.add(method.getName());
                    }
                    try {
                        return method.invoke(jdbc, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        repository = OwningRepository.wrap(counted, new Ownership(dataSource), new RecordedStepEnds(), new StepStopCheck(dataSource));
        JobInstanceImpl instance = repository.createJobInstance(new Job("step-writes"), null, getClass().getClassLoader());
        job = repository.createJobExecution(instance, new Properties());
    }

    @Test
    void aBatchletStepsLastWriteRepeatsTheOneBeforeAndIsLeftOut() {
        StepExecutionImpl step = added("stage-a");
        // JBeret's writes of a batchlet step, in its order (StepExecutionRunner, BatchletRunner)
        step.setPersistentUserData("{\"stage\":\"a\",\"status\":\"PASSED\"}");
        assertEquals(1, repository.savePersistentDataIfNotStopping(job, step));
        step.setBatchStatus(BatchStatus.COMPLETED);
        step.setExitStatus("PASSED");
        repository.savePersistentData(job, step);
        repository.updateStepExecution(step);

        assertEquals(List.of("savePersistentDataIfNotStopping", "savePersistentData"), reached);
        StepExecution stored = stored("stage-a");
        assertEquals(BatchStatus.COMPLETED, stored.getBatchStatus());
        assertEquals("PASSED", stored.getExitStatus());
        assertEquals(step.getEndTime(), stored.getEndTime());
        assertEquals("{\"stage\":\"a\",\"status\":\"PASSED\"}", stored.getPersistentUserData());
    }

    @Test
    void aStagesCheckpointIsWrittenOnceWithItsEnd() {
        StepExecutionImpl step = added("stage-e");
        step.setPersistentUserData("{\"stage\":\"e\",\"status\":\"PASSED\"}");
        dev.baton.batch.ReturnedStages.returned(step.getStepExecutionId());
        assertEquals(1, repository.savePersistentDataIfNotStopping(job, step));
        assertEquals(BatchStatus.STARTED, stored("stage-e").getBatchStatus());
        assertEquals(null, stored("stage-e").getPersistentUserData(), "written with the end, not before");
        step.setBatchStatus(BatchStatus.COMPLETED);
        step.setExitStatus("PASSED");
        repository.savePersistentData(job, step);
        repository.updateStepExecution(step);

        assertEquals(List.of("savePersistentData"), reached);
        StepExecution stored = stored("stage-e");
        assertEquals(BatchStatus.COMPLETED, stored.getBatchStatus());
        assertEquals("{\"stage\":\"e\",\"status\":\"PASSED\"}", stored.getPersistentUserData());
    }

    @Test
    void aStopThatAnotherProcessMarkedIsSeenWhenTheStageReturns() {
        StepExecutionImpl stage = added("stage-f");
        StepExecutionImpl plain = added("plain-step");
        // what a JobOperator.stop in another process writes: the execution and its started steps STOPPING
        new JdbcRepository(dataSource, new Properties()).stopJobExecution(job);

        dev.baton.batch.ReturnedStages.returned(stage.getStepExecutionId());
        assertEquals(0, repository.savePersistentDataIfNotStopping(job, stage));
        assertEquals(0, repository.savePersistentDataIfNotStopping(job, plain), "JBeret's own answer, for comparison");
        assertEquals(List.of("savePersistentDataIfNotStopping"), reached);
    }

    @Test
    void onlyTheStageThatJustReturnedOnThisThreadSkipsTheSave() {
        StepExecutionImpl step = added("stage-g");
        StepExecutionImpl other = added("stage-h");
        dev.baton.batch.ReturnedStages.returned(other.getStepExecutionId());
        assertEquals(1, repository.savePersistentDataIfNotStopping(job, step));
        dev.baton.batch.ReturnedStages.returned(step.getStepExecutionId());
        assertEquals(1, repository.savePersistentDataIfNotStopping(job, step));
        assertEquals(1, repository.savePersistentDataIfNotStopping(job, step), "the mark is taken by the save it answers");

        assertEquals(List.of("savePersistentDataIfNotStopping", "savePersistentDataIfNotStopping"), reached);
    }

    @Test
    void aWriteThatChangesAnythingIsMade() {
        StepExecutionImpl step = added("stage-b");
        step.setBatchStatus(BatchStatus.COMPLETED);
        step.setExitStatus("PASSED");
        repository.savePersistentData(job, step);
        step.setExitStatus("REJECTED");
        repository.updateStepExecution(step);
        step.setPersistentUserData("{\"stage\":\"b\"}");
        repository.updateStepExecution(step);
        step.getStepMetrics().set(jakarta.batch.runtime.Metric.MetricType.READ_COUNT, 3);
        repository.updateStepExecution(step);

        assertEquals(List.of("savePersistentData", "updateStepExecution", "updateStepExecution", "updateStepExecution"), reached);
        assertEquals("REJECTED", stored("stage-b").getExitStatus());
        assertEquals("{\"stage\":\"b\"}", stored("stage-b").getPersistentUserData());
    }

    @Test
    void aStepNotYetEndedIsAlwaysWritten() {
        // a stop from another process marks rows still STARTED: writing them again is what puts them back
        StepExecutionImpl step = added("stage-c");
        repository.savePersistentData(job, step);
        repository.savePersistentData(job, step);
        repository.updateStepExecution(step);

        assertEquals(List.of("savePersistentData", "savePersistentData", "updateStepExecution"), reached);
    }

    @Test
    void aStepWrittenAgainAfterALeftOutWriteIsWritten() {
        StepExecutionImpl step = added("stage-d");
        step.setBatchStatus(BatchStatus.FAILED);
        repository.savePersistentData(job, step);
        repository.updateStepExecution(step); // left out
        repository.updateStepExecution(step); // forgotten after the one left out: made

        assertEquals(List.of("savePersistentData", "updateStepExecution"), reached);
        assertEquals(BatchStatus.FAILED, stored("stage-d").getBatchStatus());
    }

    private StepExecutionImpl added(String name) {
        StepExecutionImpl step = new StepExecutionImpl(name);
        step.setBatchStatus(BatchStatus.STARTED);
        repository.addStepExecution(job, step);
        return step;
    }

    /** The step as a fresh repository reads it from the database. */
    private StepExecution stored(String name) {
        return new JdbcRepository(dataSource, new Properties()).getStepExecutions(job.getExecutionId(), getClass().getClassLoader()).stream()
                .filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }
}
