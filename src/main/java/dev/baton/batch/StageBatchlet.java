package dev.baton.batch;

import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.PropertyValues;
import dev.baton.jobxml.StageProperties;
import dev.baton.plan.StageSpec;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.AgentDirectory;
import dev.baton.stage.RunIdentity;
import dev.baton.stage.StageEvents;
import dev.baton.stage.StageExecutor;
import dev.baton.stage.StageRunner;
import dev.baton.remote.BrokerSettings;
import dev.baton.remote.Dispatcher;
import dev.baton.remote.RemoteStage;
import dev.baton.stage.StageWork;
import dev.baton.stage.memo.StageMemo;
import dev.baton.stage.trace.StageTrace;
import jakarta.batch.api.Batchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jberet.runtime.context.StepContextImpl;

import java.util.HashMap;
import java.util.Map;

/**
 * The batchlet of every stage's step. Its properties (see {@link StageProperties}) say which
 * stage it runs; it runs the stage ({@link StageRun}), stores the stage's result as the step's
 * persistent user data (the checkpoint) and its status as the step's exit status, and fails the
 * step when the stage failed, so that a restart runs it again. With {@code --fail-fast}, a final
 * rejection or failure stops the whole execution at once (the stages running beside it are
 * interrupted), ready to be restarted. What the stages of the execution share is its {@link RunScope}.
 * With a broker configured ({@link BrokerSettings}), the stage runs on a worker process
 * ({@link RemoteStage}) instead of here; everything else is the same.
 */
@Dependent
@Named(JobProperties.STAGE_BATCHLET)
public class StageBatchlet implements Batchlet {

    @Inject RunScope run;
    @Inject StepContext stepContext;
    @Inject AgentFactory agents;
    @Inject AdvisorFactory advisors;

    private volatile StageRunner executor;
    private volatile boolean stopRequested;

    @Override
    public String process() throws Exception {
        StageSpec spec = StageProperties.read(properties()::get);
        StageWork work = run.work(spec);
        RunIdentity id = run.identity();
        StageTrace trace = run.trace().stage(spec);
        StageEvents stageEvents = trace.events((type, attempt, data) -> run.record(type, spec.name(), spec.wave(), attempt, data));
        StageMemo memo = run.memo(spec.name(), stageEvents);
        BrokerSettings broker = BrokerSettings.configured();
        // memoized calls and agent spans are this process's: a stage sent to a worker is neither looked up nor kept
        StageRunner stage = broker == null
                ? new StageExecutor(work, memo.directory(trace.directory(AgentDirectory.of(agents, advisors))), run.folder(),
                        run.artifactBudget(), stageEvents)
                : new RemoteStage(Dispatcher.of(broker), work, run.stageNames(), run.aliases(), run.folder(), run.artifactBudget(), stageEvents);
        executor = stage;
        if (stopRequested) {
            stage.stop(); // asked before the executor existed
        }
        StageResult result;
        try (RunScope.Permit permit = run.permit(spec.name())) {
            result = stage.run();
            memo.finished(result);
            run.finished(result);
        }
        stepContext.setPersistentUserData(result.toJson());
        stepContext.setExitStatus(result.status().name());
        boolean finalFailure = result.status() == StageStatus.FAILED || result.status() == StageStatus.REJECTED;
        if (finalFailure && run.failFast()) {
            JobOperators.operator().stop(id.executionId());
        }
        if (result.status() == StageStatus.FAILED) {
            throw new StageFailedException(result.error());
        }
        ReturnedStages.returned(stepContext.getStepExecutionId());
        return result.status().name();
    }

    @Override
    public void stop() {
        stopRequested = true;
        StageRunner current = executor;
        if (current != null) {
            current.stop();
        }
    }

    /**
     * The stage's properties as the translation gave them to this batchlet: its element's properties in
     * the job, read from the step JBeret runs (values substituted), decoded. Read at once rather than
     * injected one by one as {@code @BatchProperty} fields, which made creating the batchlet a tenth of a
     * stage's cost in a fresh JVM.
     */
    private Map<String, String> properties() {
        if (!(stepContext instanceof StepContextImpl jberet)) {
            throw new IllegalStateException("a stage's step runs on JBeret, not " + stepContext.getClass().getName());
        }
        org.jberet.job.model.Properties given = jberet.getStep().getBatchlet().getProperties();
        Map<String, String> p = new HashMap<>();
        if (given != null) {
            given.getNameValues().forEach((name, value) -> p.put(name, PropertyValues.decode(value)));
        }
        return p;
    }
}
