package dev.baton.rest;

import dev.baton.message.Msg;
import dev.baton.pipeline.Problem;
import dev.baton.plan.PlanOptions;
import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.record.StageResult;
import dev.baton.record.Times;
import dev.baton.runtime.Baton;
import dev.baton.runtime.MemoryTexts;
import dev.baton.runtime.PipelineSource;
import dev.baton.runtime.RunRecords;
import dev.baton.runtime.RunRequest;
import dev.baton.runtime.RunState;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What the REST resources do with runs, the same on both servers, through Baton's services: start
 * a pipeline, list and show executions, their stages' outputs and artifacts, and restart, stop or
 * abandon them through the run control of the process (crash-aware in Java SE, the job operator's
 * in WildFly).
 */
@ApplicationScoped
public class Runs {

    /** How long a stop request waits for the run to end before it answers. */
    static final long STOP_WAIT_MS = 10_000;

    @Inject PipelineCatalog catalog;
    @Inject Baton baton;

    /**
     * Starts a run of a pipeline.
     *
     * @return the new execution's id
     * @throws ApiException 404 for an unknown pipeline, 400 for a bad request
     */
    public long start(String name, StartRequest request) throws IOException {
        PipelineCatalog.Entry entry = catalog.find(name);
        if (entry instanceof PipelineCatalog.Bundled) {
            return baton.startJob(name, MemoryTexts.texts(request.memory()), Boolean.TRUE.equals(request.failFast()),
                    Boolean.TRUE.equals(request.noCache()));
        }
        return start(new PipelineSource.File(((PipelineCatalog.FromFile) entry).file()), request);
    }

    /**
     * Starts a run of a pipeline sent with the request; the server keeps its translation (under its
     * content-hashed job name, for restarts), not its file.
     *
     * @return the new execution's id
     * @throws ApiException 400 for a bad request, 422 with every problem for a pipeline that cannot run
     */
    public long start(PostedRun posted) throws IOException {
        return start(new PipelineSource.Text(posted.yaml(), posted.sourceName(), posted.defaultName()), posted.start());
    }

    private long start(PipelineSource source, StartRequest request) throws IOException {
        PlanOptions options = request.planOptions();
        RunRequest run = RunRequest.of(source).with(options).withMemory(MemoryTexts.texts(request.memory()))
                .withFailFast(Boolean.TRUE.equals(request.failFast())).withNoCache(Boolean.TRUE.equals(request.noCache()));
        return baton.start(baton.prepare(baton.plan(run)));
    }

    /** The refusal of a pipeline with problems: 422 with every problem. */
    static ApiException invalid(List<Problem> problems) {
        return new ApiException(ApiException.UNPROCESSABLE, Msg.INVALID_PIPELINE.code(), Msg.INVALID_PIPELINE.format(problems.size()),
                problems.stream().map(ProblemView::of).toList());
    }

    /** The executions of Baton's jobs that the filter keeps, newest first, one page of them. */
    public Page<ExecutionSummary> list(ExecutionFilter filter) {
        List<ExecutionSummary> kept = new ArrayList<>();
        for (RunRecords.Row row : baton.records().executions()) {
            JobExecution e = row.execution();
            Date started = row.startTime();
            Date at = started != null ? started : e.getCreateTime();
            if (row.pipeline() != null && filter.keeps(row.pipeline(), e.getJobName(), row.status(), at == null ? null : at.toInstant())) {
                kept.add(summary(e, row.instanceId(), row.pipeline(), row.status()));
            }
        }
        int from = Math.min(filter.offset(), kept.size());
        int to = Math.min(from + filter.limit(), kept.size());
        List<ExecutionSummary> page = kept.subList(from, to).stream()
                .map(e -> UNFINISHED.contains(e.status()) ? e.withReason(reason(e.executionId())) : e).toList();
        return new Page<>(kept.size(), filter.offset(), filter.limit(), page);
    }

    private static final java.util.Set<String> UNFINISHED = java.util.Set.of("FAILED", "STOPPED", "CRASHED");

    /** Why an execution did not complete: the run's error, else its first failed or rejected stage's; null when neither says. */
    private String reason(long executionId) {
        RunReport report = baton.records().report(baton.records().state(executionId));
        if (report.error() != null) {
            return report.error();
        }
        return report.stages().stream().filter(s -> s.error() != null && ("FAILED".equals(s.status()) || "REJECTED".equals(s.status())))
                .findFirst().map(StageReport::error).orElse(null);
    }

    /** One execution, small. */
    public ExecutionSummary summary(long executionId) {
        RunState state = baton.records().state(executionId);
        String job = state.execution().getJobName();
        return summary(state.execution(), baton.records().instanceId(executionId), baton.records().pipelineOf(job).orElse(job), state.status());
    }

    /** One execution with its stages and memory. */
    public ExecutionView view(long executionId) {
        RunReport report = baton.records().report(baton.records().state(executionId));
        Map<String, StageResult> results = baton.records().results(executionId);
        List<StageView> stages = report.stages().stream().map(s -> stage(s, results.get(s.name()))).toList();
        return new ExecutionView(report.executionId(), report.instanceId(), report.pipeline(), report.jobName(), report.status(),
                report.batchStatus(), report.exitStatus(), report.startedAt(), report.endedAt(), report.runFolder(), stages, report.memory(),
                report.error(), report.traceId(), report.results());
    }

    /** A stage's output and its artifacts. */
    public StageOutput output(long executionId, String stageName) {
        ExecutionView view = view(executionId);
        StageView stage = view.stages().stream().filter(s -> s.name().equals(stageName)).findFirst()
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_STAGE, executionId, stageName));
        StageResult result = baton.records().results(executionId).get(stageName);
        if (result == null) {
            return new StageOutput(stage, null, List.of());
        }
        String base = stagePath(executionId, stageName) + "/artifacts/";
        List<StageOutput.ArtifactView> artifacts = result.artifacts().stream()
                .map(a -> new StageOutput.ArtifactView(a.path(), a.bytes(), a.sha256(), base + Paths.path(a.path()))).toList();
        return new StageOutput(stage, result.content(), artifacts);
    }

    /** The path of a stage's output in the API, from its root: {@code executions/ID/stages/NAME}, the name encoded as a path segment. */
    public static String stagePath(long executionId, String stageName) {
        return "executions/" + executionId + "/stages/" + Paths.segment(stageName);
    }

    /** The file of an artifact a stage wrote. */
    public Path artifact(long executionId, String stageName, String path) {
        baton.records().state(executionId);
        return baton.records().artifact(executionId, stageName, path)
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, Msg.NO_SUCH_ARTIFACT, stageName, executionId, path));
    }

    /** Restarts a failed or stopped run; returns the new execution's id. */
    public long restart(long executionId, RestartRequest request) {
        return baton.restart(executionId, MemoryTexts.texts(request.memory()));
    }

    /** Stops a running run, waiting a little for it to end. */
    public ExecutionSummary stop(long executionId) throws InterruptedException {
        baton.records().state(executionId);
        baton.control().stop(executionId, STOP_WAIT_MS);
        return summary(executionId);
    }

    /** Abandons a run that is not running. */
    public ExecutionSummary abandon(long executionId) {
        baton.records().state(executionId);
        baton.control().abandon(executionId);
        return summary(executionId);
    }

    /** The events file of an execution's run folder (it may not exist yet). */
    public Path eventsFile(long executionId) {
        baton.records().state(executionId);
        return baton.records().eventsFile(executionId);
    }

    /** Whether the execution still runs. */
    public boolean isRunning(long executionId) {
        return baton.control().state(executionId).isRunning();
    }

    private static ExecutionSummary summary(JobExecution e, long instanceId, String pipeline, String status) {
        return new ExecutionSummary(e.getExecutionId(), instanceId, pipeline, e.getJobName(), status, e.getBatchStatus().name(),
                e.getExitStatus(), Times.iso(e.getCreateTime()), Times.iso(RunRecords.startTime(e)), Times.iso(e.getEndTime()), null);
    }

    private static StageView stage(StageReport s, StageResult result) {
        return new StageView(s.name(), s.status(), s.wave(), s.attempts(), s.score(), s.approved(),
                result == null ? null : result.review(), s.startedAt(), s.endedAt(), s.executionId(), s.error(), s.worker());
    }

    /** Path segments for links. */
    static final class Paths {
        private Paths() {
        }

        static String segment(String text) {
            return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        static String path(String relative) {
            return String.join("/", Arrays.stream(relative.split("/")).map(Paths::segment).toList());
        }
    }
}
