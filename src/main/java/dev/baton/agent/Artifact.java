package dev.baton.agent;

/**
 * A file an agent produced.
 *
 * @param path  where it goes, relative to the run folder
 * @param bytes its content
 */
public record Artifact(String path, byte[] bytes) {
}
