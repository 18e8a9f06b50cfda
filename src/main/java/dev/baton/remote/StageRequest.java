package dev.baton.remote;

import dev.baton.jobxml.StageProperties;
import dev.baton.stage.RunIdentity;
import dev.baton.stage.StageWork;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One dispatch of a stage to a worker: everything the stage executor needs, and nothing the worker
 * could use beyond it (the names of secret variables travel, never their values: a worker's
 * secrets are its own environment).
 *
 * @param token           the attempt token of this dispatch; replies carry it, and a reply with a
 *                        token the coordinator no longer waits for is discarded
 * @param spec            the stage's resolved settings, as its step's properties ({@link StageProperties})
 * @param run             the run it belongs to
 * @param initialMemory   the run's initial memory
 * @param upstream        the stages it depends on and their final results
 * @param deadline        when the run's time budget runs out (ISO-8601), or null
 * @param maxRuntimeSeconds that budget, for messages, or null
 * @param secrets         names of environment variables no process the stage starts may inherit
 * @param artifactLimit   the run's artifact budget in bytes, or null
 * @param artifactsUsed   the bytes of artifacts the run keeps so far
 * @param inputs          the stage's input files that exist in the run folder, by relative path
 * @param heartbeatMillis how often the worker says it still runs the stage
 * @param leaseMillis     how long the worker runs it without hearing its coordinator say it is alive
 * @param maxBytes        the most the result's files may take
 */
record StageRequest(String token, Map<String, String> spec, RunIdentity run, Map<String, Object> initialMemory,
                    ShippedUpstream upstream, String deadline, Long maxRuntimeSeconds, Set<String> secrets,
                    Long artifactLimit, long artifactsUsed, Map<String, byte[]> inputs, long heartbeatMillis, long leaseMillis,
                    long maxBytes) {

    /** The stage's work as the worker runs it. */
    StageWork work() {
        return new StageWork(StageProperties.read(spec::get), run, initialMemory, upstream,
                deadline == null ? null : Instant.parse(deadline), maxRuntimeSeconds, secrets);
    }

    /** The stage's name. */
    String stage() {
        return spec.get(StageProperties.STAGE);
    }
}
