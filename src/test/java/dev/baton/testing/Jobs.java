package dev.baton.testing;

import dev.baton.batch.BatonHome;
import dev.baton.jobxml.JobXmlTranslator;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Plan;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.jobxml.JobDefinition;
import dev.baton.runtime.JobXmlStore;
import dev.baton.batch.Reports;
import dev.baton.batch.RunReport;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Runs pipelines in this JVM through the standard JobOperator, as the command line does. */
public final class Jobs {

    private Jobs() {
    }

    /** Loads a pipeline from YAML text with the installed agents and advisors (those of the tests too). */
    public static Pipeline load(String yaml) {
        var result = new dev.baton.pipeline.PipelineLoader(new dev.baton.runtime.Baton().catalog()).load(yaml, "test.yaml", "test");
        if (result instanceof dev.baton.pipeline.LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        return ((dev.baton.pipeline.LoadResult.Loaded) result).pipeline();
    }

    /** The checkpoint of a stage in a run. */
    public static dev.baton.batch.StageResult result(RunReport report, String stage) {
        return dev.baton.batch.StageResults.lastResults(report.executionId()).get(stage);
    }

    /** Translates, stores, starts and awaits a pipeline; returns its report. */
    public static RunReport run(Pipeline pipeline, PlanOptions options, Map<String, String> parameters) throws Exception {
        Plan plan = Planner.plan(pipeline, options);
        String jobId = JobXmlStore.jobId(pipeline.name(), id -> JobXmlTranslator.translate(pipeline, plan, id));
        String xml = JobXmlTranslator.translate(pipeline, plan, jobId);
        new JobXmlStore(BatonHome.current()).store(jobId, xml);
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.putAll(parameters);
        long execution = operator.start(jobId, p);
        await(operator, execution);
        JobDefinition definition = JobDefinition.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return Reports.of(operator, execution, definition, Set.of());
    }

    public static void await(JobOperator operator, long execution) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            BatchStatus s = operator.getJobExecution(execution).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("execution " + execution + " did not end within 2 minutes");
    }
}
