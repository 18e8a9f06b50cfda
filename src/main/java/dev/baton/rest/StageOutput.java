package dev.baton.rest;

import java.util.List;

/**
 * A stage's output: its content and its artifacts.
 *
 * @param stage     the stage as the execution shows it
 * @param content   the output (text or JSON), or null when it has none yet
 * @param artifacts the files it wrote in the run folder
 */
public record StageOutput(StageView stage, Object content, List<ArtifactView> artifacts) {

    /**
     * One artifact.
     *
     * @param path   its path in the run folder
     * @param bytes  its size
     * @param sha256 its hash when written
     * @param href   where the API serves it, relative to the API's root
     */
    public record ArtifactView(String path, long bytes, String sha256, String href) {
    }
}
