package dev.baton.runtime;

import dev.baton.record.ArtifactRecord;
import dev.baton.stage.RunFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saves the artifacts of a run on a server as they arrive ({@code baton run --server
 * --save-artifacts}): each at its path inside the target folder (a path that would leave it is
 * refused), written whole or not at all and checked against the size and SHA-256 the server lists
 * for it; then {@code manifest.json}, as {@link ArtifactExport} writes it. A folder without a
 * manifest is not a complete save.
 */
public final class ReceivedArtifacts {

    private final Path target;
    private final RunFolder folder;
    private final List<Map<String, Object>> manifest = new ArrayList<>();

    /**
     * @param target the folder to save into, made when missing
     */
    public ReceivedArtifacts(Path target) throws IOException {
        this.target = target;
        this.folder = new RunFolder(target);
        Files.deleteIfExists(target.resolve(ArtifactExport.MANIFEST)); // a manifest there would describe an earlier save
    }

    /**
     * Saves one artifact.
     *
     * @param listed what the server says the stage wrote: the artifact's path, size and SHA-256
     * @throws IOException              if it cannot be written, or what arrived is not what the server listed (the file is removed)
     * @throws IllegalArgumentException if its path would leave the target folder
     */
    public void save(String stage, ArtifactRecord listed, InputStream content) throws IOException {
        ArtifactRecord written = folder.write(listed.path(), content);
        if (written.bytes() != listed.bytes() || !written.sha256().equals(listed.sha256())) {
            Files.deleteIfExists(folder.resolve(listed.path()));
            throw new IOException("artifact " + listed.path() + " of stage '" + stage + "' arrived as " + written.bytes()
                    + " bytes with another SHA-256 than the server lists (" + listed.bytes() + " bytes)");
        }
        manifest.add(ArtifactExport.manifestEntry(stage, written));
    }

    /** Writes {@code manifest.json}; returns the folder. */
    public Path finish() throws IOException {
        ArtifactExport.writeManifest(target, manifest);
        return target;
    }
}
