package dev.baton.rest;

import dev.baton.batch.BatonHome;
import dev.baton.jobxml.JobDefinition;
import dev.baton.batch.JobOperators;
import dev.baton.batch.Memory;
import dev.baton.batch.Reports;
import dev.baton.batch.RunEvents;
import dev.baton.batch.RunFolder;
import dev.baton.batch.RunReport;
import dev.baton.batch.StageBatchlet;
import dev.baton.batch.StageReport;
import dev.baton.batch.StageResult;
import dev.baton.batch.StageResults;
import dev.baton.batch.Times;
import dev.baton.message.Msg;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Mode;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.runtime.Baton;
import dev.baton.runtime.Preflight;
import dev.baton.runtime.PreparedRun;
import dev.baton.runtime.RunControl;
import dev.baton.runtime.RunState;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the REST resources do with runs, the same on both servers: start a pipeline, list and
 * show executions, their stages' outputs and artifacts, and restart, stop or abandon them through
 * the {@link RunControl} of the process (crash-aware in Java SE, the job operator's in WildFly).
 */
@ApplicationScoped
public class Runs {

    private static final Set<BatchStatus> ACTIVE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    /** How long a stop request waits for the run to end before it answers. */
    static final long STOP_WAIT_MS = 10_000;

    @Inject PipelineCatalog catalog;

    /** Job name to its definition; empty for jobs that are not Baton's. Definitions never change under a job name. */
    private final Map<String, Optional<JobDefinition>> definitions = new ConcurrentHashMap<>();

    /**
     * Starts a run of a pipeline.
     *
     * @return the new execution's id
     * @throws ApiException 404 for an unknown pipeline, 400 for bad memory keys, 422 for a pipeline or memory that cannot run
     */
    public long start(String name, StartRequest request) throws IOException {
        PipelineCatalog.Entry entry = catalog.find(name);
        Map<String, String> texts = MemoryParameters.texts(request.memory());
        if (entry instanceof PipelineCatalog.Bundled) {
            return JobOperators.operator().start(name, parameters(texts, request));
        }
        LoadResult result = catalog.load((PipelineCatalog.FromFile) entry);
        if (result instanceof LoadResult.Invalid invalid) {
            throw invalid(invalid.problems());
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        checkMemoryKeys(pipeline, texts);
        int maxWorkers = request.maxWorkers() == null ? PlanOptions.DEFAULT_MAX_WORKERS : request.maxWorkers();
        if (maxWorkers < 1) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "maxWorkers", "must be at least 1");
        }
        PlanOptions options = new PlanOptions(Boolean.TRUE.equals(request.parallel()) ? Mode.PARALLEL : Mode.SEQUENTIAL, maxWorkers);
        Plan plan = Planner.plan(pipeline, options);
        Map<String, Object> initial = new LinkedHashMap<>(pipeline.memory());
        texts.forEach((k, v) -> initial.put(k, Memory.parameterValue(v)));
        List<Problem> problems = Preflight.check(pipeline, plan, initial);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Properties parameters = parameters(texts, request);
        PreparedRun run = new Baton().prepare(pipeline, plan);
        return JobOperators.operator().start(run.jobId(), parameters);
    }

    /** The refusal of a pipeline with problems: 422 with every problem. */
    static ApiException invalid(List<Problem> problems) {
        return new ApiException(ApiException.UNPROCESSABLE, Msg.INVALID_PIPELINE.code(), Msg.INVALID_PIPELINE.format(problems.size()),
                problems.stream().map(ProblemView::of).toList());
    }

    /** The executions of Baton's jobs that the filter keeps, newest first, one page of them. */
    public Page<ExecutionSummary> list(ExecutionFilter filter) {
        JobOperator operator = JobOperators.operator();
        record Row(JobExecution execution, long instanceId, String pipeline) {
        }
        List<Row> rows = new ArrayList<>();
        for (JobInstance instance : JobOperators.allInstances(operator)) {
            Optional<JobDefinition> definition = definition(instance.getJobName());
            if (definition.isEmpty()) {
                continue;
            }
            for (JobExecution e : operator.getJobExecutions(instance)) {
                rows.add(new Row(e, instance.getInstanceId(), definition.get().pipeline()));
            }
        }
        rows.sort(Comparator.comparingLong((Row r) -> r.execution().getExecutionId()).reversed());
        RunControl control = RunControl.forThisProcess();
        List<ExecutionSummary> kept = new ArrayList<>();
        for (Row row : rows) {
            JobExecution e = row.execution();
            String status = ACTIVE.contains(e.getBatchStatus()) ? control.state(e.getExecutionId()).status() : e.getBatchStatus().name();
            java.util.Date at = e.getStartTime() != null ? e.getStartTime() : e.getCreateTime();
            if (filter.keeps(row.pipeline(), e.getJobName(), status, at == null ? null : at.toInstant())) {
                kept.add(summary(e, row.instanceId(), row.pipeline(), status));
            }
        }
        int from = Math.min(filter.offset(), kept.size());
        int to = Math.min(from + filter.limit(), kept.size());
        return new Page<>(kept.size(), filter.offset(), filter.limit(), List.copyOf(kept.subList(from, to)));
    }

    /** One execution, small. */
    public ExecutionSummary summary(long executionId) {
        RunState state = RunControl.forThisProcess().state(executionId);
        JobDefinition definition = baton(executionId, state);
        long instanceId = JobOperators.operator().getJobInstance(executionId).getInstanceId();
        return summary(state.execution(), instanceId, definition.pipeline(), state.status());
    }

    /** One execution with its stages and memory. */
    public ExecutionView view(long executionId) {
        RunState state = RunControl.forThisProcess().state(executionId);
        JobDefinition definition = baton(executionId, state);
        JobOperator operator = JobOperators.operator();
        Set<String> running = new HashSet<>();
        if (state.isRunning()) {
            Set<String> steps = new HashSet<>();
            operator.getStepExecutions(executionId).stream().filter(s -> s.getBatchStatus() == BatchStatus.STARTED)
                    .forEach(s -> steps.add(s.getStepName()));
            definition.steps().forEach((stage, step) -> {
                if (steps.contains(step)) {
                    running.add(stage);
                }
            });
        }
        RunReport report = Reports.of(operator, executionId, definition, running, state.status());
        Map<String, StageResult> results = StageResults.lastResults(executionId);
        List<StageView> stages = report.stages().stream().map(s -> stage(s, results.get(s.name()))).toList();
        return new ExecutionView(report.executionId(), report.instanceId(), report.pipeline(), report.jobName(), report.status(),
                report.batchStatus(), report.exitStatus(), report.startedAt(), report.endedAt(), report.runFolder(), stages, report.memory());
    }

    /** A stage's output and its artifacts. */
    public StageOutput output(long executionId, String stageName) {
        ExecutionView view = view(executionId);
        StageView stage = view.stages().stream().filter(s -> s.name().equals(stageName)).findFirst()
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_STAGE, executionId, stageName));
        StageResult result = StageResults.lastResults(executionId).get(stageName);
        if (result == null) {
            return new StageOutput(stage, null, List.of());
        }
        String base = "executions/" + executionId + "/stages/" + Paths.segment(stageName) + "/artifacts/";
        List<StageOutput.ArtifactView> artifacts = result.artifacts().stream()
                .map(a -> new StageOutput.ArtifactView(a.path(), a.bytes(), a.sha256(), base + Paths.path(a.path()))).toList();
        return new StageOutput(stage, result.content(), artifacts);
    }

    /** The file of an artifact a stage wrote. */
    public Path artifact(long executionId, String stageName, String path) {
        StageResult result = StageResults.lastResults(executionId).get(stageName);
        boolean listed = result != null && result.artifacts().stream().anyMatch(a -> a.path().equals(path));
        if (!listed) {
            RunControl.forThisProcess().state(executionId);
            throw new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_ARTIFACT, stageName, executionId, path);
        }
        long instanceId = JobOperators.operator().getJobInstance(executionId).getInstanceId();
        Path file = new RunFolder(BatonHome.run(BatonHome.current(), instanceId)).resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_ARTIFACT, stageName, executionId, path);
        }
        return file;
    }

    /** Restarts a failed or stopped run; returns the new execution's id. */
    public long restart(long executionId, RestartRequest request) {
        RunControl control = RunControl.forThisProcess();
        baton(executionId, control.state(executionId));
        return control.restart(executionId, MemoryParameters.of(MemoryParameters.texts(request.memory())));
    }

    /** Stops a running run, waiting a little for it to end. */
    public ExecutionSummary stop(long executionId) throws InterruptedException {
        RunControl control = RunControl.forThisProcess();
        baton(executionId, control.state(executionId));
        control.stop(executionId, STOP_WAIT_MS);
        return summary(executionId);
    }

    /** Abandons a run that is not running. */
    public ExecutionSummary abandon(long executionId) {
        RunControl control = RunControl.forThisProcess();
        baton(executionId, control.state(executionId));
        control.abandon(executionId);
        return summary(executionId);
    }

    /** The events file of an execution's run folder (it may not exist yet). */
    public Path eventsFile(long executionId) {
        RunState state = RunControl.forThisProcess().state(executionId);
        baton(executionId, state);
        long instanceId = JobOperators.operator().getJobInstance(executionId).getInstanceId();
        return BatonHome.run(BatonHome.current(), instanceId).resolve(RunEvents.FILE);
    }

    /** Whether the execution still runs. */
    public boolean isRunning(long executionId) {
        return RunControl.forThisProcess().state(executionId).isRunning();
    }

    private JobDefinition baton(long executionId, RunState state) {
        return definition(state.execution().getJobName())
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, Msg.NOT_A_BATON_JOB, executionId));
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

    private static ExecutionSummary summary(JobExecution e, long instanceId, String pipeline, String status) {
        return new ExecutionSummary(e.getExecutionId(), instanceId, pipeline, e.getJobName(), status, e.getBatchStatus().name(),
                e.getExitStatus(), Times.iso(e.getCreateTime()), Times.iso(e.getStartTime()), Times.iso(e.getEndTime()));
    }

    private static StageView stage(StageReport s, StageResult result) {
        return new StageView(s.name(), s.status(), s.wave(), s.attempts(), s.score(), s.approved(),
                result == null ? null : result.review(), s.startedAt(), s.endedAt(), s.executionId(), s.error());
    }

    private static Properties parameters(Map<String, String> texts, StartRequest request) {
        Map<String, String> all = new LinkedHashMap<>(texts);
        if (Boolean.TRUE.equals(request.failFast())) {
            all.put(StageBatchlet.FAIL_FAST, "true");
        }
        return MemoryParameters.of(all);
    }

    private static void checkMemoryKeys(Pipeline pipeline, Map<String, String> texts) {
        for (String key : texts.keySet()) {
            for (Stage stage : pipeline.stages()) {
                if (key.equals(stage.name()) || key.startsWith(stage.name() + ".")) {
                    throw new ApiException(ApiException.UNPROCESSABLE, Msg.MEMORY_CLASH.code(), Msg.MEMORY_CLASH.format(key), List.of());
                }
            }
        }
    }

    /** Path segments for links. */
    static final class Paths {
        private Paths() {
        }

        static String segment(String text) {
            return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        static String path(String relative) {
            return String.join("/", java.util.Arrays.stream(relative.split("/")).map(Paths::segment).toList());
        }
    }
}
