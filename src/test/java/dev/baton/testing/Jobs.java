package dev.baton.testing;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.runtime.Baton;
import dev.baton.runtime.RunPlan;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;

import java.util.Map;
import java.util.Properties;

/** Runs pipelines in this JVM through the standard JobOperator, as the command line does. */
public final class Jobs {

    private Jobs() {
    }

    /** Loads a pipeline from YAML text with the installed agents and advisors (those of the tests too). */
    public static Pipeline load(String yaml) {
        var result = new Baton().load(yaml, "test.yaml", "test");
        if (result instanceof dev.baton.pipeline.LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        return ((dev.baton.pipeline.LoadResult.Loaded) result).pipeline();
    }

    /** The checkpoint of a stage in a run. */
    public static StageResult result(RunReport report, String stage) {
        return new Baton().records().results(report.executionId()).get(stage);
    }

    /**
     * Starts and awaits a pipeline through Baton's service, as the command line does, but without
     * its checks before the run (so that tests can see what a stage does with what the checks would
     * refuse); returns its report.
     */
    public static RunReport run(Pipeline pipeline, PlanOptions options, Map<String, String> parameters) throws Exception {
        Baton baton = new Baton();
        Properties p = new Properties();
        p.putAll(parameters);
        long execution = baton.start(baton.prepare(new RunPlan(pipeline, Planner.plan(pipeline, options), p)));
        return baton.report(baton.await(execution)); // its end recorded, after the job's listeners

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
