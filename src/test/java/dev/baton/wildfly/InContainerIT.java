package dev.baton.wildfly;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside WildFly, with {@code target/baton.war} deployed: the bundled pipelines are ordinary batch
 * jobs of the deployment, which a program that knows only {@code jakarta.batch} starts and
 * restarts through the standard {@code BatchRuntime.getJobOperator()}.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    @Deployment
    static WebArchive war() {
        // the WAR as built (Wars is not in the deployment: this method runs on the client only)
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("baton.war", "target/baton.war")));
    }

    @Test
    void theStandardOperatorRunsABundledPipelineToItsEnd() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        assertTrue(operator.getJobNames().containsAll(List.of("example", "welcome")), operator.getJobNames().toString());
        Properties memory = new Properties();
        memory.setProperty("product_idea", "a tool library");
        long id = operator.start("example", memory);
        JobExecution execution = await(operator, id);
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        List<StepExecution> steps = operator.getStepExecutions(id);
        assertEquals(5, steps.size());
        steps.forEach(s -> assertEquals(BatchStatus.COMPLETED, s.getBatchStatus(), s.getStepName()));
        String brief = (String) steps.stream().filter(s -> s.getStepName().equals("stage-brief")).findFirst().orElseThrow()
                .getPersistentUserData();
        assertTrue(brief.contains("A tool library"), brief);
    }

    @Test
    void aFailedRunRestartsAndSkipsItsCompletedStages() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long first = operator.start("welcome", new Properties());
        assertEquals(BatchStatus.FAILED, await(operator, first).getBatchStatus());
        Properties restart = new Properties();
        restart.setProperty("customer", "Ann");
        long second = operator.restart(first, restart);
        assertEquals(BatchStatus.COMPLETED, await(operator, second).getBatchStatus());
        List<String> rerun = operator.getStepExecutions(second).stream().map(StepExecution::getStepName).toList();
        assertEquals(List.of("stage-letter"), rerun, "the completed stage 'outline' is not run again");
        assertFalse(operator.getStepExecutions(first).isEmpty());
        assertEquals(operator.getJobInstance(first).getInstanceId(), operator.getJobInstance(second).getInstanceId());
    }

    private static JobExecution await(JobOperator operator, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        EnumSet<BatchStatus> ended = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
        while (System.currentTimeMillis() < deadline) {
            JobExecution e = operator.getJobExecution(id);
            if (ended.contains(e.getBatchStatus())) {
                return e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("execution " + id + " did not end");
    }
}
