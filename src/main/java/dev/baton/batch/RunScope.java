package dev.baton.batch;

import dev.baton.jobxml.JobDefinition;
import dev.baton.jobxml.JobProperties;
import dev.baton.plan.StageSpec;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.BatonHome;
import dev.baton.record.RunEvent;
import dev.baton.record.Times;
import dev.baton.record.StageResult;
import dev.baton.stage.Aliases;
import dev.baton.stage.ArtifactBudget;
import dev.baton.stage.GraphUpstream;
import dev.baton.stage.Upstream;
import dev.baton.stage.Memory;
import dev.baton.stage.RunFolder;
import dev.baton.stage.RunIdentity;
import dev.baton.stage.StageWork;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the stages of one job execution share, made once when its first stage needs it and gone
 * when the execution ends (a JBeret job-scoped bean: each execution has its own, so two runs in
 * one process never see each other's): the job's definition, the run's initial memory, folder,
 * budgets and workers, and the final results of its stages, those of earlier executions of the
 * run (read once from the job repository) and those that finished in this one.
 */
@PerExecution
public class RunScope {

    @Inject JobContext jobContext;
    @Inject RunEvents events;

    private volatile Shared shared;
    /** Final results of stages that ended in this execution, by stage name. */
    private final Map<String, StageResult> finished = new ConcurrentHashMap<>();

    /** What a stage of this execution needs to run; what it sees of the run is read when it reads it. */
    public StageWork work(StageSpec spec) {
        Shared s = shared();
        Upstream upstream = new GraphUpstream(s.definition.graph(), spec.name(), this::finalResult, s.aliases);
        return new StageWork(spec, s.identity, s.initialMemory, upstream, s.deadline, s.maxRuntimeSeconds, s.definition.secrets());
    }

    /** The final result of a stage of the run: of this execution, else of an earlier one; null when none. */
    private StageResult finalResult(String stage) {
        StageResult result = finished.get(stage);
        return result != null ? result : shared().earlier.get(stage);
    }

    /**
     * Records an event of the run: appended to its {@code events.jsonl}, then handed to the
     * listeners of this process.
     *
     * @param stage the stage it is about, or null for the run
     */
    public void record(String type, String stage, int wave, int attempt, Map<String, Object> data) {
        Shared s = shared();
        RunEvent event = new RunEvent(Times.now(), type, s.identity.jobName(), s.identity.executionId(), s.identity.instanceId(),
                stage, wave, attempt, data);
        s.log.append(event);
        events.publish(event);
    }

    /** Closes the run's events file when the execution ends. */
    @PreDestroy
    void close() {
        Shared s = shared;
        if (s != null) {
            s.log.close();
        }
    }

    /** Keeps a stage's result for the stages after it, when it is final (a restart would not run it again). */
    public void finished(StageResult result) {
        if (result.status().isFinal()) {
            finished.put(result.stage(), result);
        }
    }

    /**
     * Waits until a stage may run, then takes one of the execution's {@code --max-workers} permits,
     * given back (and the stage's end made known to the stages that wait for it) on close: see
     * {@link StageOrder}. While the execution stops, nothing more is awaited.
     *
     * @throws StageFailedException when a dependency ended in this execution without a final result
     *                              (it failed, or did not run): this stage does not run either
     */
    public Permit permit(String stage) throws InterruptedException, StageFailedException {
        return shared().order.permit(stage, this::stopping, finished::containsKey);
    }

    private boolean stopping() {
        BatchStatus status = jobContext.getBatchStatus();
        return status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
    }

    /** A taken worker permit. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public RunIdentity identity() {
        return shared().identity;
    }

    public RunFolder folder() {
        return shared().folder;
    }

    public ArtifactBudget artifactBudget() {
        return shared().budget;
    }

    /** The memoization of a stage of this execution ({@code policy.memoize}, off with {@code --no-cache}). */
    public dev.baton.stage.memo.StageMemo memo(String stage, dev.baton.stage.StageEvents stageEvents) {
        Shared s = shared();
        return new dev.baton.stage.memo.StageMemo(s.memo, stage, s.identity, dev.baton.stage.memo.MemoStore.current(), stageEvents);
    }

    /** The execution's trace (no-op when telemetry is off). */
    public dev.baton.stage.trace.RunTrace trace() {
        return shared().trace;
    }

    /** The names of the pipeline's stages. */
    public java.util.Set<String> stageNames() {
        return new java.util.LinkedHashSet<>(shared().definition.stages());
    }

    /** Identifier forms of the pipeline's stage names ({@link Aliases#of}). */
    public Map<String, String> aliases() {
        return shared().aliases;
    }

    /** Whether the run stops at its first final rejection or failure ({@code --fail-fast}). */
    public boolean failFast() {
        return shared().failFast;
    }

    private Shared shared() {
        Shared s = shared;
        if (s == null) {
            synchronized (this) {
                s = shared;
                if (s == null) {
                    s = new Shared(jobContext);
                    shared = s;
                }
            }
        }
        return s;
    }

    /** What is read once per execution. */
    private static final class Shared {
        final JobDefinition definition;
        final RunIdentity identity;
        final RunFolder folder;
        final Map<String, Object> initialMemory;
        final Map<String, StageResult> earlier;
        final Map<String, String> aliases;
        final EventLog log;
        final ArtifactBudget budget;
        final StageOrder order;
        final boolean failFast;
        final Instant deadline;
        final Long maxRuntimeSeconds;
        final dev.baton.stage.trace.RunTrace trace;
        final dev.baton.stage.memo.MemoSettings memo;

        Shared(JobContext job) {
            JobOperator operator = JobOperators.operator();
            long executionId = job.getExecutionId();
            Properties properties = job.getProperties();
            Properties parameters = operator.getParameters(executionId);
            definition = JobDefinition.fromProperties(properties);
            identity = new RunIdentity(job.getJobName(), executionId, job.getInstanceId());
            folder = new RunFolder(BatonHome.run(BatonHome.current(), job.getInstanceId()));
            log = new EventLog(folder.root());
            initialMemory = Memory.initial(definition.memory(), parameters);
            earlier = Checkpoints.earlierFinalResults(operator, executionId);
            aliases = Aliases.of(definition.stages());
            long kept = earlier.values().stream().flatMap(r -> r.artifacts().stream()).mapToLong(ArtifactRecord::bytes).sum();
            budget = new ArtifactBudget(longProperty(properties, JobProperties.MAX_ARTIFACT_BYTES), kept);
            order = new StageOrder(definition, properties, earlier.keySet(), executionId);
            failFast = Boolean.parseBoolean(parameters.getProperty(JobProperties.FAIL_FAST));
            maxRuntimeSeconds = longProperty(properties, JobProperties.MAX_RUNTIME);
            trace = RunTraces.start(operator, identity, definition.pipeline());
            String memoize = properties.getProperty(JobProperties.MEMOIZE);
            memo = dev.baton.stage.memo.MemoSettings.of(memoize == null ? null : dev.baton.jobxml.PropertyValues.decode(memoize),
                    Boolean.parseBoolean(parameters.getProperty(JobProperties.NO_CACHE)));
            Date start = ExecutionStarts.of(operator.getJobExecution(executionId));
            deadline = maxRuntimeSeconds == null ? null
                    : (start == null ? Instant.now() : start.toInstant()).plusSeconds(maxRuntimeSeconds);
        }

        private static Long longProperty(Properties properties, String name) {
            String value = properties.getProperty(name);
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        }
    }
}
