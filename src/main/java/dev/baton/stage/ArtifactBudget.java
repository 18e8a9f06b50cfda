package dev.baton.stage;

import dev.baton.message.Msg;

/**
 * A run's {@code budget.max_artifacts_bytes}: the bytes of artifacts its stages may write in all.
 * Stages reserve their bytes before writing, so two stages finishing at once cannot both squeeze
 * under the limit. One per execution, shared by its stages; thread-safe.
 */
public final class ArtifactBudget {

    private final Long limit;
    private long used;

    /**
     * @param limit the run's limit in bytes, or null for none
     * @param used  bytes already kept by the run (its stages that completed in earlier executions)
     */
    public ArtifactBudget(Long limit, long used) {
        this.limit = limit;
        this.used = used;
    }

    /** The limit in bytes, or null for none. */
    public Long limit() {
        return limit;
    }

    /** The bytes reserved so far. */
    public synchronized long used() {
        return used;
    }

    /** A budget without a limit. */
    public static ArtifactBudget unlimited() {
        return new ArtifactBudget(null, 0);
    }

    /**
     * Reserves a stage's bytes.
     *
     * @return null when they fit, else why not (naming the stage)
     */
    public synchronized String reserve(String stage, long bytes) {
        if (limit != null && used + bytes > limit) {
            return Msg.BUDGET_BYTES.format(stage, bytes, limit, used);
        }
        used += bytes;
        return null;
    }
}
