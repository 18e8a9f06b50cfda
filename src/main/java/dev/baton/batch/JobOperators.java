package dev.baton.batch;

import dev.baton.jobxml.JobDefinition;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobInstance;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobOperatorContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The job operator Baton uses for its own jobs, and their job XML.
 *
 * <p>In Java SE (JBeret's own operator) it is the operator behind the standard
 * {@code BatchRuntime.getJobOperator()}, taken from JBeret's operator context: that method looks the
 * operator up through a {@code ServiceLoader} on every call (a scan of the class path, about a
 * millisecond) and wraps it, and the stages call it often.
 * A container's operator may accept only the job names known when the application was deployed
 * (WildFly's does, on every call: start, restart, and even reading an execution); a pipeline
 * translated after deployment is a job it refuses. There Baton works through an operator over the
 * same batch environment (the container's job repository, thread pool, artifact factory, security
 * and class loader contexts) that accepts every job its job XML resolvers can find.
 */
public final class JobOperators {

    private static volatile EnvironmentOperator cached;

    private JobOperators() {
    }

    /** The operator for Baton's jobs in this process or deployment. */
    public static JobOperator operator() {
        JobOperator standard = JobOperatorContext.getJobOperatorContext().getJobOperator();
        if (standard instanceof AbstractJobOperator container && !container.getClass().getPackageName().startsWith("org.jberet")) {
            BatchEnvironment environment = container.getBatchEnvironment();
            EnvironmentOperator operator = cached;
            if (operator == null || operator.environment != environment) {
                operator = new EnvironmentOperator(environment);
                cached = operator;
            }
            return operator;
        }
        return standard;
    }

    /**
     * The job XML of a job, as the batch environment's resolvers find it (stored translations,
     * then {@code META-INF/batch-jobs}), or null when there is none.
     */
    public static InputStream jobXml(String jobName) throws IOException {
        BatchEnvironment environment = environment();
        String name = jobName.endsWith(".xml") ? jobName : jobName + ".xml";
        return environment.getJobXmlResolver().resolveJobXml(name, environment.getClassLoader());
    }

    /**
     * The definition of a Baton job.
     *
     * @throws IOException              if there is no job XML of that name
     * @throws IllegalArgumentException if it is not a Baton job
     */
    public static JobDefinition definition(String jobName) throws IOException {
        InputStream xml = jobXml(jobName);
        if (xml == null) {
            throw new IOException("no job definition named " + jobName);
        }
        return JobDefinition.read(xml);
    }

    /** Every job instance in the repository, whatever jobs this process has loaded (JBeret's wildcard {@code *}). */
    public static List<JobInstance> allInstances(JobOperator operator) {
        try {
            return operator.getJobInstances("*", 0, Integer.MAX_VALUE);
        } catch (NoSuchJobException empty) {
            return List.of();
        }
    }

    /** The batch environment behind the standard operator. */
    public static BatchEnvironment environment() {
        JobOperator standard = JobOperatorContext.getJobOperatorContext().getJobOperator();
        if (standard instanceof AbstractJobOperator jberet) {
            return jberet.getBatchEnvironment();
        }
        throw new IllegalStateException("the batch runtime is not JBeret: " + standard.getClass().getName());
    }

    /** JBeret's operator over a given environment, with no list of allowed job names. */
    private static final class EnvironmentOperator extends AbstractJobOperator {

        private final BatchEnvironment environment;

        EnvironmentOperator(BatchEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public BatchEnvironment getBatchEnvironment() {
            return environment;
        }
    }
}
