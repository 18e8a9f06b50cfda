package dev.baton.runtime;

import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import dev.baton.batch.JobOperators;
import dev.baton.batch.RunEvents;
import dev.baton.jobxml.JobXmlTranslator;
import dev.baton.pipeline.Catalog;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.record.BatonHome;
import dev.baton.record.RunEvent;
import dev.baton.record.RunReport;
import dev.baton.template.TaskRenderer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.jberet.runtime.JobExecutionImpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Baton as a service: what every front end (the command line, the REST API, the console, remote
 * workers) and every program that embeds Baton uses to load and check pipelines, start runs, wait
 * for them and read what they left. A run starts one way only ({@link #plan}, {@link #prepare},
 * {@link #start}, or all three and the wait in {@link #run}).
 *
 * <pre>{@code
 * RunReport report = new Baton().run(RunRequest.of(Path.of("pipeline.yaml")).parallel(4)
 *         .withMemory("product_idea", "a coffee shop"));
 * }</pre>
 */
public final class Baton {

    private static final Set<BatchStatus> ENDED =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final Path home = BatonHome.current();
    private final Supplier<Catalog> names;
    private final Launcher launcher;
    private RunRecords records;

    /** Baton in this Java SE process: its own CDI container, batch runtime and job repository, started on first use. */
    public Baton() {
        this(() -> new Catalog(WeldContainers.bean(AgentFactory.class).names(), WeldContainers.bean(AdvisorFactory.class).names()));
    }

    /**
     * Baton inside a container that runs the batch runtime and CDI (WildFly, {@code baton serve}).
     *
     * @param names the installed agents' and advisors' names
     */
    public Baton(Supplier<Catalog> names) {
        this.names = names;
        this.launcher = new Launcher(names, home);
    }

    /** The names of the installed agents and advisors, from the factories of a CDI container. */
    public static Supplier<Catalog> names(AgentFactory agents, AdvisorFactory advisors) {
        return () -> new Catalog(agents.names(), advisors.names());
    }

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
        daemon("baton-warm-up-templates", TaskRenderer::warmUp);
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** The names of the installed agents and advisors. */
    public Catalog catalog() {
        return names.get();
    }

    /** Loads a pipeline file, checking its names against the installed agents and advisors. */
    public LoadResult load(Path file) {
        return launcher.load(new PipelineSource.File(file));
    }

    /** Loads pipeline text, named {@code source} in problems, with {@code defaultName} when it names itself not. */
    public LoadResult load(String yaml, String source, String defaultName) {
        return launcher.load(new PipelineSource.Text(yaml, source, defaultName));
    }

    /**
     * Checks and plans a run: the pipeline loads, its preset exists, its memory keys are names that
     * hide no stage, every task renders with that memory, and its job parameters fit the repository.
     *
     * @throws RunRefusedException with every problem found
     */
    public RunPlan plan(RunRequest request) {
        return launcher.plan(request);
    }

    /**
     * Checks a pipeline as {@link #plan} would, without refusing: every problem, and apart from
     * them the names its tasks need from the run's memory.
     */
    public Validation validate(RunRequest request) {
        return launcher.validate(request);
    }

    /**
     * The stages of a planned run that no longer see a stage of an earlier wave, as the seed
     * framework let them: notes for people porting its pipelines.
     */
    public List<Problem> unseenStages(RunPlan plan) {
        return launcher.unseen(plan);
    }

    /** Translates a planned run and stores the translation under its job id (the pipeline's name and a hash of the translation). */
    public PreparedRun prepare(RunPlan plan) throws IOException {
        return launcher.prepare(plan);
    }

    /** Starts a prepared run; returns its execution id. */
    public long start(PreparedRun run) {
        return launcher.start(run);
    }

    /**
     * Starts a job the batch environment already knows (a bundled pipeline) with this memory.
     *
     * @param failFast stop the whole run at the first final rejection or failure
     * @param noCache  call the agents of memoized stages all the same
     * @throws RunRefusedException if the memory cannot be its job parameters
     * @throws IOException         if there is no such job
     */
    public long startJob(String jobName, Map<String, String> memory, boolean failFast, boolean noCache) throws IOException {
        return launcher.startJob(jobName, memory, failFast, noCache);
    }

    /**
     * Runs a pipeline to its end in this process and reports how it went.
     *
     * @throws RunRefusedException  with every problem found, before anything starts
     * @throws InterruptedException if interrupted while the run goes on (it goes on)
     */
    public RunReport run(RunRequest request) throws IOException, InterruptedException {
        long executionId = start(prepare(plan(request)));
        return report(await(executionId));
    }

    /**
     * Restarts a failed, stopped or crashed run from where it stopped: completed stages are not run
     * again, and the memory given overrides the original run's entries of the same name.
     *
     * @throws RunRefusedException if the memory cannot be job parameters of the run
     * @throws OperationException  if there is no such execution, or its state does not allow a restart
     */
    public long restart(long executionId, Map<String, String> memory) {
        RunState state = records().state(executionId);
        String source = "execution " + executionId;
        java.util.Properties parameters = MemoryTexts.parameters(memory, Map.of(), records().stagesOf(state.execution().getJobName()), source);
        return control().restart(executionId, parameters);
    }

    /**
     * A pipeline's job XML.
     *
     * @param jobId the job id to write: null for the pipeline's name, as the bundled jobs have it
     * @param hashed whether to write the id a run gives it instead (the name and a hash of the translation)
     */
    public String translate(Pipeline pipeline, PlanOptions options, String jobId, boolean hashed) {
        Plan plan = Planner.plan(pipeline, options);
        Function<String, String> translation = JobXmlTranslator.translation(pipeline, plan);
        String id = jobId != null ? jobId
                : hashed ? JobXmlStore.jobId(pipeline.name(), translation)
                : pipeline.name();
        return translation.apply(id);
    }

    /**
     * Waits until the execution has ended and its end is recorded in the job repository, and
     * returns it. (The runtime sets the final status in memory before it writes it; a process that
     * exits in between would leave the run STARTED in the repository.)
     *
     * <p>For a run this process has just started, that is JBeret's termination latch, counted down only after the
     * final write and the end of the job's scope. Its timed wait does not say whether it timed out,
     * so the untimed wait runs on a thread of its own, and this one looks in every second for a run
     * the runtime lost (a task that died before the end could be written).
     *
     * @throws RunLostException if this process's batch runtime lost the run
     */
    public JobExecution await(long executionId) throws InterruptedException {
        if (JobOperators.operator().getJobExecution(executionId) instanceof JobExecutionImpl local) {
            awaitRecordedEnd(executionId, local);
        }
        while (true) {
            JobExecution execution = JobOperators.operator().getJobExecution(executionId);
            if (ENDED.contains(execution.getBatchStatus())) {
                return execution;
            }
            Thread.sleep(25);
        }
    }

    private static void awaitRecordedEnd(long executionId, JobExecutionImpl local) throws InterruptedException {
        java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                local.awaitTermination(0, TimeUnit.SECONDS); // 0: until the runtime's latch is counted down
                recorded.countDown();
            } catch (InterruptedException stopWaiting) {
                Thread.currentThread().interrupt();
            }
        }, "baton-await-" + executionId);
        waiter.setDaemon(true);
        waiter.start();
        try {
            while (!recorded.await(1, TimeUnit.SECONDS)) {
                // the job ended in memory, a task of the runtime died, and its end was never recorded: lost
                java.util.Optional<Throwable> lost = lostRun();
                if (lost.isPresent() && ENDED.contains(local.getBatchStatus())) {
                    throw new RunLostException(executionId, lost.get());
                }
            }
        } finally {
            waiter.interrupt();
        }
    }

    /** The error that made this process's batch runtime lose a run, if any (Java SE only). */
    private static java.util.Optional<Throwable> lostRun() {
        if (JobOperators.environment() instanceof SeBatchEnvironment se) {
            return se.lostRun();
        }
        return java.util.Optional.empty();
    }

    /** The report of an execution, in whatever state it is. */
    public RunReport report(JobExecution execution) {
        return records().report(control().state(execution));
    }

    /** The run control of this process: crash-aware in Baton's Java SE runtime, the operator's own in a container. */
    public RunControl control() {
        return RunControl.forThisProcess();
    }

    /** What the repository and the run folders say about runs. */
    public synchronized RunRecords records() {
        if (records == null) {
            records = new RunRecords(control());
        }
        return records;
    }

    /** Hands every run event of this process to {@code listener} (called on the stage's thread; quick, never throwing). */
    public void listen(Consumer<RunEvent> listener) {
        WeldContainers.bean(RunEvents.class).listen(listener);
    }

    /** Stops handing events to {@code listener}. */
    public void unlisten(Consumer<RunEvent> listener) {
        WeldContainers.bean(RunEvents.class).unlisten(listener);
    }

    /** Starts this process's batch runtime (Java SE) if it has not started, and says which job repository it uses. */
    public String startRuntime() {
        JobOperators.operator();
        return SeBatchEnvironment.current().repositoryDescription();
    }

    public Path home() {
        return home;
    }
}
