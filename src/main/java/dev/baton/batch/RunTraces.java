package dev.baton.batch;

import dev.baton.stage.RunIdentity;
import dev.baton.stage.trace.RunTrace;
import dev.baton.stage.trace.TraceLedger;
import dev.baton.telemetry.Telemetry;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;

import java.util.Comparator;

/** Starts the trace of a job execution, linked to the trace of the execution it restarts, and keeps it in the ledger. */
final class RunTraces {

    private RunTraces() {
    }

    static RunTrace start(JobOperator operator, RunIdentity run, String pipeline) {
        if (!Telemetry.enabled()) {
            return RunTrace.start(run, pipeline, null); // no-op spans; no repository read
        }
        TraceLedger ledger = TraceLedger.current();
        String previous = operator.getJobExecutions(operator.getJobInstance(run.executionId())).stream()
                .map(JobExecution::getExecutionId)
                .filter(id -> id < run.executionId())
                .max(Comparator.naturalOrder())
                .map(ledger::reference)
                .orElse(null);
        RunTrace trace = RunTrace.start(run, pipeline, previous);
        String reference = trace.reference();
        if (reference != null) {
            ledger.record(run.executionId(), reference);
        }
        return trace;
    }
}
