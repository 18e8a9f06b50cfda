package dev.baton.stage;

import dev.baton.plan.StageSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything one stage needs to run, without the batch runtime: its resolved spec, the run it
 * belongs to, what it may see of the run's memory, and the run's time budget.
 *
 * @param spec              the stage's resolved settings
 * @param run               the run it belongs to
 * @param initialMemory     the run's initial memory
 * @param upstream          the stages it depends on, directly or not, with their final results from
 *                          any execution of the run
 * @param deadline          when the run's {@code budget.max_runtime_sec} runs out, or null
 * @param maxRuntimeSeconds that budget, for messages, or null
 * @param secrets           environment variables the run names as secrets, which no process a stage starts inherits
 */
public record StageWork(StageSpec spec,
                        RunIdentity run,
                        Map<String, Object> initialMemory,
                        Upstream upstream,
                        Instant deadline,
                        Long maxRuntimeSeconds,
                        java.util.Set<String> secrets) {

    public StageWork {
        secrets = secrets == null ? java.util.Set.of() : java.util.Set.copyOf(secrets);
    }

    /** The time an attempt may take: the stage's timeout, cut to what the run's budget leaves; null for no limit. */
    Double timeLimit() {
        Double stageTimeout = spec.timeoutSeconds();
        if (deadline == null) {
            return stageTimeout;
        }
        double left = Duration.between(Instant.now(), deadline).toMillis() / 1000.0;
        return stageTimeout == null ? left : Math.min(stageTimeout, left);
    }
}
