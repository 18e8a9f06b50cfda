package dev.baton.code;

import dev.baton.agent.Artifact;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The texts a file-level checker reads from an attempt: each text artifact, and the text entries
 * of each zip archive (as {@code ARCHIVE!ENTRY}); images and other binaries are skipped.
 */
final class CheckedTexts {

    private CheckedTexts() {
    }

    /** Path to text, in order. */
    static Map<String, String> of(ReviewedFiles reviewed) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Artifact file : reviewed.files()) {
            OutputKind kind = OutputKind.of(file.path(), file.bytes());
            if (kind == OutputKind.ZIP) {
                entries(file, texts);
            } else if (kind != OutputKind.PNG && kind != OutputKind.BINARY && kind != OutputKind.EMPTY) {
                texts.put(file.path(), ReviewedFiles.text(file));
            }
        }
        return texts;
    }

    private static void entries(Artifact zip, Map<String, String> texts) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                OutputKind kind = OutputKind.of(e.getName(), bytes);
                if (kind != OutputKind.PNG && kind != OutputKind.BINARY && kind != OutputKind.EMPTY && kind != OutputKind.ZIP) {
                    texts.put(zip.path() + "!" + e.getName(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable archive is the code reviewer's finding, not a security one
        }
    }
}
