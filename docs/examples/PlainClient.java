import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;

import java.util.EnumSet;
import java.util.Properties;

/**
 * A program that knows only the standard Jakarta Batch API. With Baton on its class path it starts
 * the bundled pipeline "welcome" by its job name, watches it fail (no customer given), restarts it
 * with the missing memory as a job parameter, and lists which execution ran each step.
 *
 *   javac -cp target/baton.jar -d target/example docs/examples/PlainClient.java
 *   java -cp target/baton.jar:target/example PlainClient
 */
public class PlainClient {

    public static void main(String[] args) throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();

        long first = operator.start("welcome", new Properties());
        System.out.println("execution " + first + ": " + await(operator, first));

        Properties restart = new Properties();
        restart.setProperty("customer", "Ann");
        long second = operator.restart(first, restart);
        System.out.println("execution " + second + ": " + await(operator, second));

        for (long execution : new long[] {first, second}) {
            for (StepExecution step : operator.getStepExecutions(execution)) {
                System.out.println("  execution " + execution + " ran " + step.getStepName() + ": " + step.getBatchStatus());
            }
        }
    }

    private static BatchStatus await(JobOperator operator, long execution) throws InterruptedException {
        EnumSet<BatchStatus> ended = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
        BatchStatus status;
        while (!ended.contains(status = operator.getJobExecution(execution).getBatchStatus())) {
            Thread.sleep(100);
        }
        return status;
    }
}
