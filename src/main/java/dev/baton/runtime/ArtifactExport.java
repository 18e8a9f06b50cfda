package dev.baton.runtime;

import dev.baton.record.ArtifactRecord;
import dev.baton.stage.RunFolder;
import dev.baton.batch.RunRecordListener;
import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a run's artifacts out of its run folder ({@code --save-artifacts}): every artifact the
 * run's final stages wrote, at its path, beside {@code manifest.json} (stage, name, bytes, sha256,
 * checked against the file as copied) and the run's {@code report.md}.
 */
public final class ArtifactExport {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    private ArtifactExport() {
    }

    /** A line of the manifest: the stage, the artifact's path ({@code name}), its size and SHA-256. */
    static Map<String, Object> manifestEntry(String stage, ArtifactRecord artifact) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("stage", stage);
        entry.put("name", artifact.path());
        entry.put("bytes", artifact.bytes());
        entry.put("sha256", artifact.sha256());
        return entry;
    }

    /** Writes {@value #MANIFEST} into {@code target}. */
    static void writeManifest(Path target, List<Map<String, Object>> manifest) throws IOException {
        Files.writeString(target.resolve(MANIFEST), Json.writePretty(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Copies the artifacts to {@code target}.
     *
     * @throws IOException if a file cannot be copied, or an artifact is no longer what its stage wrote
     */
    public static Path export(RunReport report, Map<String, StageResult> results, Path target) throws IOException {
        RunFolder runFolder = new RunFolder(Path.of(report.runFolder()));
        RunFolder out = new RunFolder(target);
        Files.createDirectories(target);
        List<Map<String, Object>> manifest = new ArrayList<>();
        for (StageResult result : results.values()) {
            if (!result.status().isFinal()) {
                continue;
            }
            for (ArtifactRecord artifact : result.artifacts()) {
                ArtifactRecord now = runFolder.describe(artifact.path());
                if (!now.sha256().equals(artifact.sha256())) {
                    throw new IOException("artifact " + artifact.path() + " of stage '" + result.stage() + "' has changed since it was written");
                }
                Path copy = out.resolve(artifact.path());
                Files.createDirectories(copy.getParent());
                Files.copy(runFolder.existing(artifact.path()), copy, StandardCopyOption.REPLACE_EXISTING);
                manifest.add(manifestEntry(result.stage(), artifact));
            }
        }
        writeManifest(target, manifest);
        Path reportFile = runFolder.root().resolve(RunRecordListener.REPORT);
        if (Files.exists(reportFile)) {
            Files.copy(reportFile, target.resolve(RunRecordListener.REPORT), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
