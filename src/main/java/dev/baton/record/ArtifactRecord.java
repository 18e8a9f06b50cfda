package dev.baton.record;

/**
 * An artifact a stage wrote.
 *
 * @param path   relative to the run folder
 * @param bytes  its size
 * @param sha256 its SHA-256, hex
 */
public record ArtifactRecord(String path, long bytes, String sha256) {
}
