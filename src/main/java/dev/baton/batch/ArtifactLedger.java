package dev.baton.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bytes of artifacts that stages of a run, running in this process, have written but whose
 * results are not yet in the repository: so that two stages finishing at once cannot both squeeze
 * under the run's artifact budget.
 */
final class ArtifactLedger {

    private static final Map<Path, Long> RESERVED = new ConcurrentHashMap<>();

    private ArtifactLedger() {
    }

    static long reserved(Path runFolder) {
        return RESERVED.getOrDefault(runFolder, 0L);
    }

    static synchronized void reserve(Path runFolder, long bytes) {
        RESERVED.merge(runFolder, bytes, Long::sum);
    }

    /** Forgets a run's reservations once its execution ended (its results then count). */
    static void release(Path runFolder) {
        RESERVED.remove(runFolder);
    }
}
