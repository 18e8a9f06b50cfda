package dev.baton.batch;

import dev.baton.jobxml.JobDefinition;
import dev.baton.template.TaskRenderer;
import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import dev.baton.jobxml.JobProperties;
import dev.baton.jobxml.PropertyValues;
import dev.baton.jobxml.StageProperties;
import dev.baton.plan.StageSpec;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.Batchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;

/**
 * The batchlet of every stage's step. Its properties (see {@link StageProperties}) say which
 * stage it runs; it runs the stage ({@link StageRun}), stores the stage's result as the step's
 * persistent user data (the checkpoint) and its status as the step's exit status, and fails the
 * step when the stage failed, so that a restart runs it again. With {@value #FAIL_FAST} set, a final
 * rejection or failure stops the whole execution at once (the stages running beside it are
 * interrupted), ready to be restarted.
 */
@Dependent
@Named(JobProperties.STAGE_BATCHLET)
public class StageBatchlet implements Batchlet {

    @Inject JobContext jobContext;
    @Inject StepContext stepContext;
    @Inject AgentFactory agents;
    @Inject AdvisorFactory advisors;
    @Inject RunEvents events;

    @Inject @BatchProperty(name = StageProperties.STAGE) String stage;
    @Inject @BatchProperty(name = StageProperties.AGENT) String agent;
    @Inject @BatchProperty(name = StageProperties.ADVISORS) String advisorList;
    @Inject @BatchProperty(name = StageProperties.DECISION) String decision;
    @Inject @BatchProperty(name = StageProperties.TASK) String task;
    @Inject @BatchProperty(name = StageProperties.CATEGORY) String category;
    @Inject @BatchProperty(name = StageProperties.THRESHOLD) String threshold;
    @Inject @BatchProperty(name = StageProperties.MAX_ATTEMPTS) String maxAttempts;
    @Inject @BatchProperty(name = StageProperties.TIMEOUT) String timeoutSeconds;
    @Inject @BatchProperty(name = StageProperties.INPUTS) String inputs;
    @Inject @BatchProperty(name = StageProperties.OUTPUTS) String outputs;
    @Inject @BatchProperty(name = StageProperties.ON_REJECT) String onReject;
    @Inject @BatchProperty(name = StageProperties.WITH) String with;
    @Inject @BatchProperty(name = StageProperties.DEPENDENCIES) String dependencies;
    @Inject @BatchProperty(name = StageProperties.WAVE) String wave;

    /** The job parameter that stops the whole run at the first final rejection or failure ({@code --fail-fast}). */
    public static final String FAIL_FAST = "baton.failFast";

    private volatile StageRun run;

    @Override
    public String process() throws Exception {
        StageSpec spec = StageProperties.read(properties()::get);
        JobOperator operator = JobOperators.operator();
        long executionId = jobContext.getExecutionId();
        Properties parameters = operator.getParameters(executionId);
        Properties job = jobContext.getProperties();
        Long maxRuntime = longProperty(job, JobProperties.MAX_RUNTIME);
        JobDefinition definition = Definitions.of(executionId, job);
        List<String> upstream = definition.upstream(spec.name());
        Set<String> upstreamSteps = new HashSet<>();
        upstream.forEach(u -> upstreamSteps.add(definition.steps().get(u)));
        StageContext context = new StageContext(jobContext.getJobName(), executionId, jobContext.getInstanceId(),
                new RunFolder(BatonHome.run(BatonHome.current(), jobContext.getInstanceId())),
                Memory.initial(PropertyValues.decode(job.getProperty(JobProperties.MEMORY)), parameters),
                upstream,
                StageResults.finalResults(executionId, upstreamSteps),
                maxRuntime == null ? null : executionStart(operator, executionId).plusSeconds(maxRuntime),
                maxRuntime, longProperty(job, JobProperties.MAX_ARTIFACT_BYTES));
        run = new StageRun(spec, context, agents, advisors, new TaskRenderer(), events);
        StageResult result;
        Workers.Permit permit = Workers.acquire(executionId, Integer.parseInt(job.getProperty(JobProperties.MAX_WORKERS, "1000000")));
        try {
            result = run.run();
        } finally {
            permit.release();
        }
        stepContext.setPersistentUserData(result.toJson());
        stepContext.setExitStatus(result.status().name());
        boolean finalFailure = result.status() == StageStatus.FAILED || result.status() == StageStatus.REJECTED;
        if (finalFailure && Boolean.parseBoolean(parameters.getProperty(FAIL_FAST))) {
            operator.stop(executionId);
        }
        if (result.status() == StageStatus.FAILED) {
            throw new StageFailedException(result.error());
        }
        return result.status().name();
    }

    private static java.time.Instant executionStart(JobOperator operator, long executionId) {
        java.util.Date start = operator.getJobExecution(executionId).getStartTime();
        return start == null ? java.time.Instant.now() : start.toInstant();
    }

    private static Long longProperty(Properties properties, String name) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }

    @Override
    public void stop() {
        StageRun current = run;
        if (current != null) {
            current.stop();
        }
    }

    private Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put(StageProperties.STAGE, stage);
        p.put(StageProperties.AGENT, agent);
        p.put(StageProperties.ADVISORS, advisorList);
        p.put(StageProperties.DECISION, decision);
        p.put(StageProperties.TASK, task);
        p.put(StageProperties.CATEGORY, category);
        p.put(StageProperties.THRESHOLD, threshold);
        p.put(StageProperties.MAX_ATTEMPTS, maxAttempts);
        p.put(StageProperties.TIMEOUT, timeoutSeconds);
        p.put(StageProperties.INPUTS, inputs);
        p.put(StageProperties.OUTPUTS, outputs);
        p.put(StageProperties.ON_REJECT, onReject);
        p.put(StageProperties.WITH, with);
        p.put(StageProperties.DEPENDENCIES, dependencies);
        p.put(StageProperties.WAVE, wave);
        p.replaceAll((k, v) -> PropertyValues.decode(v));
        return p;
    }
}
