package dev.baton.runtime;

import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import dev.baton.batch.BatonHome;
import dev.baton.jobxml.JobDefinition;
import dev.baton.batch.Reports;
import dev.baton.batch.RunEvents;
import dev.baton.batch.RunReport;
import dev.baton.jobxml.JobXmlTranslator;
import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.plan.Plan;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * The services every front end uses (command line, and later the REST API): load, plan,
 * translate and store a pipeline; start it; wait for it; report on it.
 */
public final class Baton {

    private static final Set<BatchStatus> ENDED =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final Path home = BatonHome.current();

    /**
     * Starts, on other threads, the CDI container (which knows the agents' names) and the template
     * engine, while the caller parses its arguments and loads the pipeline. Nothing waits for them
     * here: their first use waits as needed, and a failure shows there, with its message.
     */
    public static void warmUp() {
        daemon("baton-warm-up-container", () -> {
            try {
                WeldContainers.get();
            } catch (RuntimeException e) {
                // reported again where the container is first used
            }
        });
        daemon("baton-warm-up-templates", dev.baton.template.TaskRenderer::warmUp);
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** The names of the installed agents and advisors. */
    public Catalog catalog() {
        return new Catalog(WeldContainers.bean(AgentFactory.class).names(), WeldContainers.bean(AdvisorFactory.class).names());
    }

    /** Loads a pipeline file, checking its names against the installed agents and advisors. */
    public LoadResult load(Path file) {
        return new PipelineLoader(catalog()).load(file);
    }

    /** Translates a planned pipeline and stores the translation under its job id. */
    public PreparedRun prepare(Pipeline pipeline, Plan plan) throws IOException {
        String jobId = JobXmlStore.jobId(pipeline.name(), id -> JobXmlTranslator.translate(pipeline, plan, id));
        String xml = JobXmlTranslator.translate(pipeline, plan, jobId);
        new JobXmlStore(home).store(jobId, xml);
        return new PreparedRun(pipeline, plan, jobId, xml);
    }

    /** The standard job operator of this process. */
    public JobOperator operator() {
        return dev.baton.batch.JobOperators.operator();
    }

    /** Operations on runs: state, list, restart, stop, abandon. */
    public SeRunControl operations() {
        return new SeRunControl(SeBatchEnvironment.current(), operator());
    }

    /** The run events of this process. */
    public RunEvents events() {
        return WeldContainers.bean(RunEvents.class);
    }

    /** Starts a job; returns its execution id. */
    public long start(String jobId, Properties parameters) {
        return operator().start(jobId, parameters);
    }

    /**
     * Waits until the execution has ended and its end is recorded in the job repository, and
     * returns it. (The runtime sets the final status in memory before it writes it; a process that
     * exits in between would leave the run STARTED in the repository.)
     */
    public JobExecution await(long executionId) throws InterruptedException {
        if (operator().getJobExecution(executionId) instanceof org.jberet.runtime.JobExecutionImpl local) {
            local.awaitTermination(0, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        while (true) {
            JobExecution execution = operator().getJobExecution(executionId);
            if (ENDED.contains(execution.getBatchStatus())) {
                return execution;
            }
            Thread.sleep(25);
        }
    }

    /** The report of an execution that has ended. */
    public RunReport report(long executionId, Set<String> running) throws IOException {
        return Reports.of(operator(), executionId, definition(operator().getJobExecution(executionId).getJobName()), running);
    }

    /** The report of an execution in any state: stages running now show as RUNNING, a crashed run as CRASHED. */
    public RunReport report(RunState state) throws IOException {
        long executionId = state.execution().getExecutionId();
        JobDefinition definition = definition(state.execution().getJobName());
        Set<String> runningSteps = new java.util.HashSet<>();
        if (state.isRunning()) {
            operator().getStepExecutions(executionId).stream()
                    .filter(s -> s.getBatchStatus() == BatchStatus.STARTED)
                    .forEach(s -> runningSteps.add(s.getStepName()));
        }
        Set<String> running = new java.util.HashSet<>();
        definition.steps().forEach((stage, step) -> {
            if (runningSteps.contains(step)) {
                running.add(stage);
            }
        });
        return Reports.of(operator(), executionId, definition, running, state.status());
    }

    /** The definition of a job by name, from the stored translations or the bundled jobs. */
    public JobDefinition definition(String jobName) throws IOException {
        return dev.baton.batch.JobOperators.definition(jobName);
    }

    public Path home() {
        return home;
    }
}
