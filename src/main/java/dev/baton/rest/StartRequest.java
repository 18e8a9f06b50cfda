package dev.baton.rest;

import dev.baton.message.Msg;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Schedule;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The body of a request to start a run; every field may be left out.
 *
 * @param memory     initial memory (JSON values), over the pipeline's own {@code memory:}
 * @param parallel   run independent stages in parallel (not for a bundled pipeline, which keeps its translation's mode)
 * @param maxWorkers the most stages at once in parallel mode
 * @param schedule   {@code waves} (the default) or {@code eager}, in parallel mode
 * @param failFast   stop the whole run at the first final rejection or failure
 * @param noCache    call the agents of memoized stages all the same
 */
public record StartRequest(Map<String, Object> memory, Boolean parallel, Integer maxWorkers, String schedule, Boolean failFast,
                           Boolean noCache) {

    /** The request with no fields. */
    static final StartRequest EMPTY = new StartRequest(null, null, null, null, null, null);

    public StartRequest {
        memory = memory == null ? Map.of() : memory;
    }

    /**
     * The plan options this request asks for.
     *
     * @throws ApiException 400 for fewer than one worker or a schedule that is neither {@code waves} nor {@code eager}
     */
    PlanOptions planOptions() {
        int workers = maxWorkers == null ? PlanOptions.DEFAULT_MAX_WORKERS : maxWorkers;
        if (workers < 1) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "maxWorkers", "must be at least 1");
        }
        Schedule chosen = Schedule.WAVES;
        if (schedule != null) {
            try {
                chosen = Schedule.ofOptionName(schedule);
            } catch (IllegalArgumentException e) {
                throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "schedule", "must be waves or eager");
            }
        }
        return new PlanOptions(Boolean.TRUE.equals(parallel) ? Mode.PARALLEL : Mode.SEQUENTIAL, workers, chosen);
    }
}
