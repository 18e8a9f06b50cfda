package dev.baton.batch;

import dev.baton.record.BatonHome;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.jobxml.JobDefinition;
import dev.baton.jobxml.JobProperties;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the records of a run in its folder: {@code run.started} and {@code run.ended} in
 * {@code events.jsonl}, and, when an execution ends, {@code report.md} (replaced whole, so a
 * reader never sees half of it).
 */
@Dependent
@Named(JobProperties.RECORD_LISTENER)
public class RunRecordListener implements JobListener {

    /** The report's file name in the run folder. */
    public static final String REPORT = "report.md";

    private static final Logger LOG = Logger.getLogger(RunRecordListener.class.getName());

    @Inject JobContext jobContext;
    @Inject RunScope run;

    @Override
    public void beforeJob() {
        ExecutionStarts.began(JobOperators.operator().getJobExecution(jobContext.getExecutionId()));
        String traceId = run.trace().traceId();
        run.record("run.started", null, 0, 0, traceId == null ? Map.of() : Map.of("traceId", traceId));
    }

    @Override
    public void afterJob() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", String.valueOf(jobContext.getBatchStatus()));
        RunReport report = null;
        Map<String, StageResult> results = null;
        try {
            JobDefinition definition = JobDefinition.fromProperties(jobContext.getProperties());
            results = Checkpoints.lastResults(jobContext.getExecutionId());
            report = Reports.of(JobOperators.operator(), jobContext.getExecutionId(), definition,
                    java.util.Set.of(), dev.baton.record.StageStatus.RUNNING, String.valueOf(jobContext.getBatchStatus()), results);
            String failure = RuntimeFailure.of(jobContext, report);
            if (failure != null) {
                jobContext.setExitStatus(failure); // kept in the repository: every front end says it
                data.put("error", failure);
                report = report.withError(failure);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot report on execution " + jobContext.getExecutionId(), e);
        }
        String traceId = run.trace().traceId();
        if (traceId != null) {
            data.put("traceId", traceId);
        }
        run.record("run.ended", null, 0, 0, data);
        run.trace().end(String.valueOf(jobContext.getBatchStatus()));
        if (report == null) {
            return;
        }
        try {
            String markdown = ReportMarkdown.render(report, results, topSuggestions());
            Path folder = runFolder();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".report-", ".part");
            Files.writeString(temp, markdown, StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write the report of execution " + jobContext.getExecutionId(), e);
        }
    }

    /** How many suggestions the report lists: {@code --top-suggestions N}, else the default. */
    private int topSuggestions() {
        String n = JobOperators.operator().getParameters(jobContext.getExecutionId()).getProperty(JobProperties.TOP_SUGGESTIONS);
        return n == null ? dev.baton.record.TopSuggestions.DEFAULT : Integer.parseInt(n.strip());
    }

    private Path runFolder() {
        return BatonHome.run(BatonHome.current(), jobContext.getInstanceId());
    }
}
