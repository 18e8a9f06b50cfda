package dev.baton.stage.trace;

import dev.baton.plan.StageSpec;
import dev.baton.stage.RunIdentity;
import dev.baton.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/**
 * The trace of one job execution: its root span {@code run PIPELINE}, with the job's name,
 * execution and instance as attributes. The execution of a restarted run starts a new trace whose
 * root span links to the root span of the execution it continues, so that a trace viewer leads
 * from one to the other. With telemetry off, every span is a no-op and {@link #traceId()} is null.
 */
public final class RunTrace {

    static final AttributeKey<String> PIPELINE = AttributeKey.stringKey("baton.pipeline");
    static final AttributeKey<String> JOB = AttributeKey.stringKey("baton.job.name");
    static final AttributeKey<Long> EXECUTION = AttributeKey.longKey("baton.job.execution_id");
    static final AttributeKey<Long> INSTANCE = AttributeKey.longKey("baton.job.instance_id");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("baton.run.status");

    private final String pipeline;
    private final Span root;

    private RunTrace(String pipeline, Span root) {
        this.pipeline = pipeline;
        this.root = root;
    }

    /**
     * Starts the trace of an execution.
     *
     * @param previous the trace and root span of the execution this one restarts ({@link #reference()}),
     *                 or null for a first execution
     */
    public static RunTrace start(RunIdentity run, String pipeline, String previous) {
        var builder = Telemetry.tracer().spanBuilder("run " + pipeline).setNoParent().setSpanKind(SpanKind.INTERNAL)
                .setAttribute(PIPELINE, pipeline)
                .setAttribute(JOB, run.jobName())
                .setAttribute(EXECUTION, run.executionId())
                .setAttribute(INSTANCE, run.instanceId());
        SpanContext restarted = parse(previous);
        if (restarted != null) {
            builder.addLink(restarted, io.opentelemetry.api.common.Attributes.of(AttributeKey.stringKey("baton.link"), "restart-of"));
        }
        return new RunTrace(pipeline, builder.startSpan());
    }

    /** The trace's id (32 hex digits), or null when telemetry is off. */
    public String traceId() {
        SpanContext c = root.getSpanContext();
        return c.isValid() ? c.getTraceId() : null;
    }

    /** The trace and root span as one text, {@code TRACEID-SPANID}, for a restart to link to; null when off. */
    public String reference() {
        SpanContext c = root.getSpanContext();
        return c.isValid() ? c.getTraceId() + "-" + c.getSpanId() : null;
    }

    /** The tracing of one stage of this execution. */
    public StageTrace stage(StageSpec spec) {
        return new StageTrace(Context.root().with(root), pipeline, spec);
    }

    /** Ends the trace with the execution's batch status. */
    public void end(String batchStatus) {
        root.setAttribute(STATUS, batchStatus);
        if (!"COMPLETED".equals(batchStatus)) {
            root.setStatus(StatusCode.ERROR, "the run ended " + batchStatus);
        }
        root.end();
        Telemetry.flush();
    }

    private static SpanContext parse(String reference) {
        if (reference == null) {
            return null;
        }
        int dash = reference.indexOf('-');
        if (dash < 0) {
            return null;
        }
        SpanContext c = SpanContext.create(reference.substring(0, dash), reference.substring(dash + 1), TraceFlags.getSampled(),
                TraceState.getDefault());
        return c.isValid() ? c : null;
    }
}
