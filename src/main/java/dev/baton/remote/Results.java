package dev.baton.remote;

import dev.baton.plan.StageSpec;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.StageWork;

import java.util.List;
import java.util.Map;

/** Results of a remote stage that ended outside its executor: it could not travel, its worker was lost, it was stopped unseen. */
final class Results {

    private Results() {
    }

    /**
     * A result without output, made when the stage ended.
     *
     * @param startedAt when it began (ISO-8601)
     * @param worker    the worker it ended on, or null
     */
    static StageResult ended(StageWork work, StageStatus status, String error, String startedAt, String endedAt, String worker) {
        StageSpec spec = work.spec();
        return new StageResult(spec.name(), status, spec.wave(), 0, null, null, spec.threshold(), null, List.of(), null, error,
                false, work.run().executionId(), startedAt, endedAt, Map.of(), worker);
    }
}
