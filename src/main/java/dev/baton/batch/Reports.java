package dev.baton.batch;

import dev.baton.stage.Memory;
import dev.baton.record.BatonHome;
import dev.baton.record.Times;
import dev.baton.record.StageReport;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.record.ArtifactRecord;
import dev.baton.jobxml.JobDefinition;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Builds the report of a job execution from the job repository and the job's definition. */
public final class Reports {

    private Reports() {
    }

    /**
     * The report of an execution.
     *
     * @param operator    the job operator
     * @param executionId the execution
     * @param definition  the job's definition (stages, waves, initial memory)
     * @param running     names of stages running now, shown as RUNNING
     */
    public static RunReport of(JobOperator operator, long executionId, JobDefinition definition, java.util.Set<String> running) {
        return of(operator, executionId, definition, running, StageStatus.RUNNING, null);
    }

    /**
     * The report of an execution whose status the caller knows better than the repository (a job
     * listener, before the runtime records the end; a front end that found the run crashed).
     *
     * @param running   names of stages whose steps are under way in the repository
     * @param runningAs  how to show them: RUNNING, or INTERRUPTED when the process that ran them is gone
     * @param status     the status to report, or null for the repository's
     */
    public static RunReport of(JobOperator operator, long executionId, JobDefinition definition, java.util.Set<String> running,
                               StageStatus runningAs, String status) {
        return of(operator, executionId, definition, running, runningAs, status, Checkpoints.lastResults(executionId));
    }

    /** As {@link #of(JobOperator, long, JobDefinition, java.util.Set, StageStatus, String)}, from the stages' results read already ({@link Checkpoints#lastResults}). */
    static RunReport of(JobOperator operator, long executionId, JobDefinition definition, java.util.Set<String> running,
                        StageStatus runningAs, String status, Map<String, StageResult> results) {
        JobExecution execution = operator.getJobExecution(executionId);
        long instanceId = operator.getJobInstance(executionId).getInstanceId();
        List<StageReport> stages = new ArrayList<>();
        Map<String, Object> memory = Memory.initial(definition.memory(), operator.getParameters(executionId));
        java.util.Set<String> sinks = definition.graph().sinks();
        for (String name : definition.stages()) {
            StageResult r = results.get(name);
            boolean sink = sinks.contains(name);
            int wave = definition.waves().getOrDefault(name, 0);
            if (r == null) {
                String notRun = running.contains(name) ? runningAs.name() : StageStatus.NOT_RUN.name();
                stages.add(new StageReport(name, notRun, wave, 0, null, null, null, null, null, null, List.of(), sink, null, null));
                continue;
            }
            stages.add(new StageReport(name, r.status().name(), r.wave(), r.attempts(), r.score(), r.approved(),
                    r.startedAt(), r.endedAt(), r.executionId(), r.error(),
                    r.artifacts().stream().map(ArtifactRecord::path).toList(), sink,
                    r.agent().get("memo") instanceof Map<?, ?> origin ? java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<String, Object>(
                            (Map<String, Object>) origin)) : null,
                    r.worker() == null ? StageReport.LOCAL : r.worker()));
            if (r.status().isFinal()) {
                memory.putAll(Memory.contributions(r));
            }
        }
        Date started = ExecutionStarts.of(execution);
        return new RunReport(executionId, instanceId, definition.pipeline(), execution.getJobName(),
                status != null ? status : execution.getBatchStatus().name(), execution.getBatchStatus().name(), execution.getExitStatus(),
                Times.iso(started != null ? started : execution.getCreateTime()),
                Times.iso(execution.getEndTime()),
                BatonHome.run(BatonHome.current(), instanceId).toString(), stages, memory, runtimeError(execution),
                dev.baton.stage.trace.TraceLedger.current().traceId(executionId));
    }

    /** Why the runtime failed the run, as {@link RuntimeFailure} kept it in the exit status; null otherwise. */
    private static String runtimeError(JobExecution execution) {
        String exit = execution.getExitStatus();
        return execution.getBatchStatus() == jakarta.batch.runtime.BatchStatus.FAILED && RuntimeFailure.isReason(exit) ? exit : null;
    }
}
