package dev.baton.batch;

import dev.baton.plan.StageSpec;

import java.util.Map;

/** The events of one stage, stamped with its job, execution, wave and time. */
final class StageEventLog {

    private final RunEvents events;
    private final StageContext context;
    private final StageSpec spec;

    StageEventLog(RunEvents events, StageContext context, StageSpec spec) {
        this.events = events;
        this.context = context;
        this.spec = spec;
    }

    void record(String type, int attempt, Map<String, Object> data) {
        events.record(context.runFolder().root(), new RunEvent(Times.now(), type, context.jobName(),
                context.executionId(), context.instanceId(), spec.name(), spec.wave(), attempt, data));
    }
}
