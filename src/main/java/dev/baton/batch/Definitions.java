package dev.baton.batch;

import dev.baton.jobxml.JobDefinition;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job definition of each running execution, read once from its job properties and shared by
 * its stages (a 2,000-stage job would otherwise parse its graph 2,000 times). Forgotten when the
 * execution ends.
 */
final class Definitions {

    private static final Map<Long, JobDefinition> RUNNING = new ConcurrentHashMap<>();

    private Definitions() {
    }

    static JobDefinition of(long executionId, Properties jobProperties) {
        return RUNNING.computeIfAbsent(executionId, id -> JobDefinition.fromProperties(jobProperties));
    }

    static void forget(long executionId) {
        RUNNING.remove(executionId);
    }
}
