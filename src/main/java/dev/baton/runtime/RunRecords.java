package dev.baton.runtime;

import dev.baton.batch.Checkpoints;
import dev.baton.batch.JobOperators;
import dev.baton.batch.Reports;
import dev.baton.batch.RunEvents;
import dev.baton.jobxml.JobDefinition;
import dev.baton.record.BatonHome;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.RunFolder;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the job repository and the run folders say about runs, for every front end: the executions
 * of Baton's jobs with their state, an execution's report and its stages' results, and the files of
 * its run folder. Job definitions are cached per job name (a job name's definition never changes).
 */
public final class RunRecords {

    private final RunControl control;
    private final Map<String, Optional<JobDefinition>> definitions = new ConcurrentHashMap<>();

    /** @param control the run control of this process, which knows whether an execution really runs */
    public RunRecords(RunControl control) {
        this.control = control;
    }

    /**
     * An execution as a list shows it.
     *
     * @param execution  the execution
     * @param instanceId its job instance
     * @param pipeline   the pipeline it runs, or null when it is not a Baton job
     * @param status     its batch status, or CRASHED
     */
    public record Row(JobExecution execution, long instanceId, String pipeline, String status) {

        /** When the execution started: {@link RunRecords#startTime}. */
        public java.util.Date startTime() {
            return RunRecords.startTime(execution);
        }
    }

    /**
     * When an execution started, not when its latest flow did (JBeret moves the start time of an
     * execution it holds in memory as each flow starts: {@link dev.baton.batch.ExecutionStarts}); null if it has not.
     */
    public static java.util.Date startTime(JobExecution execution) {
        return dev.baton.batch.ExecutionStarts.of(execution);
    }

    /** Every execution in the repository, newest first, whatever jobs this process has loaded. */
    public List<Row> executions() {
        JobOperator operator = JobOperators.operator();
        List<Row> rows = new ArrayList<>();
        for (JobInstance instance : JobOperators.allInstances(operator)) {
            String pipeline = definition(instance.getJobName()).map(JobDefinition::pipeline).orElse(null);
            for (JobExecution e : operator.getJobExecutions(instance)) {
                rows.add(new Row(e, instance.getInstanceId(), pipeline, null));
            }
        }
        rows.sort(Comparator.comparingLong((Row r) -> r.execution().getExecutionId()).reversed());
        return rows.stream().map(r -> new Row(r.execution(), r.instanceId(), r.pipeline(), status(r.execution()))).toList();
    }

    /** The status of an execution: its batch status, or CRASHED when it claims to run and nobody runs it. */
    private String status(JobExecution execution) {
        return RunState.RUNNING.contains(execution.getBatchStatus()) ? control.state(execution).status() : execution.getBatchStatus().name();
    }

    /**
     * The state of an execution of a Baton job.
     *
     * @throws OperationException (exit code 2) if there is no such execution, or it is not a Baton job
     */
    public RunState state(long executionId) {
        RunState state = control.state(executionId);
        if (definition(state.execution().getJobName()).isEmpty()) {
            throw new OperationException(dev.baton.message.Msg.NOT_A_BATON_JOB.format(executionId), 2);
        }
        return state;
    }

    /**
     * The report of an execution in any state: stages running now show as RUNNING; in a crashed run
     * (CRASHED) the stages that were running when its process died show as INTERRUPTED.
     */
    public RunReport report(RunState state) {
        long executionId = state.execution().getExecutionId();
        JobDefinition definition = baton(state);
        Set<String> running = new HashSet<>();
        if (state.isRunning() || state.crashed()) {
            Set<String> runningSteps = new HashSet<>();
            JobOperators.operator().getStepExecutions(executionId).stream()
                    .filter(s -> s.getBatchStatus() == BatchStatus.STARTED)
                    .forEach(s -> runningSteps.add(s.getStepName()));
            definition.steps().forEach((stage, step) -> {
                if (runningSteps.contains(step)) {
                    running.add(stage);
                }
            });
        }
        return Reports.of(JobOperators.operator(), executionId, definition, running,
                state.crashed() ? StageStatus.INTERRUPTED : StageStatus.RUNNING, state.status());
    }

    /** The last result of every stage of the run that has ended (finally or not), by stage name. */
    public Map<String, StageResult> results(long executionId) {
        return Checkpoints.lastResults(executionId);
    }

    /** The stages whose final result was reached by this execution of the run or an earlier one, in plan order. */
    public List<String> completedStages(long executionId) {
        return Checkpoints.finalResults(executionId).values().stream()
                .filter(r -> r.executionId() <= executionId).map(StageResult::stage).toList();
    }

    /** The pipeline a job runs, or empty when it is not a Baton job. */
    public Optional<String> pipelineOf(String jobName) {
        return definition(jobName).map(JobDefinition::pipeline);
    }

    /** The stages of a Baton job, in plan order. */
    public List<String> stagesOf(String jobName) {
        return definition(jobName).map(JobDefinition::stages).orElse(List.of());
    }

    /** The job instance (the run) of an execution. */
    public long instanceId(long executionId) {
        return JobOperators.operator().getJobInstance(executionId).getInstanceId();
    }

    /** The folder of an execution's run. */
    public Path runFolder(long executionId) {
        return BatonHome.run(BatonHome.current(), instanceId(executionId));
    }

    /** The events file of an execution's run (it may not exist yet). */
    public Path eventsFile(long executionId) {
        return runFolder(executionId).resolve(RunEvents.FILE);
    }

    /**
     * The file of an artifact that a stage of the run wrote.
     *
     * @return empty when the stage's last result lists no such artifact or its file is gone
     */
    public Optional<Path> artifact(long executionId, String stage, String path) {
        StageResult result = results(executionId).get(stage);
        if (result == null || result.artifacts().stream().noneMatch(a -> a.path().equals(path))) {
            return Optional.empty();
        }
        try {
            Path file = new RunFolder(runFolder(executionId)).existing(path);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | IllegalArgumentException goneOrOutside) {
            return Optional.empty();
        }
    }

    private JobDefinition baton(RunState state) {
        return definition(state.execution().getJobName()).orElseThrow(() ->
                new OperationException(dev.baton.message.Msg.NOT_A_BATON_JOB.format(state.execution().getExecutionId()), 2));
    }

    private Optional<JobDefinition> definition(String jobName) {
        return definitions.computeIfAbsent(jobName, name -> {
            try {
                return Optional.of(JobOperators.definition(name));
            } catch (IOException | IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        });
    }
}
