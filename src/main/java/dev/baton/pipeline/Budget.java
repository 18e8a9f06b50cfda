package dev.baton.pipeline;

/**
 * Limits of one run; a null component means no limit.
 *
 * @param maxRuntimeSeconds  wall-clock limit of the run, in seconds
 * @param maxStages          the most stages a pipeline may have
 * @param maxArtifactsBytes  the most bytes of artifacts the run may write
 */
public record Budget(Long maxRuntimeSeconds, Integer maxStages, Long maxArtifactsBytes) {

    /** No limits. */
    public static final Budget NONE = new Budget(null, null, null);

    /** Whether a pipeline of that many stages fits {@code max_stages}. */
    public boolean allowsStages(int count) {
        return maxStages == null || count <= maxStages;
    }
}
