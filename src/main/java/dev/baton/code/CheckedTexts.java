package dev.baton.code;

import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Artifact;
import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The texts a file-level checker reads from an attempt: each text artifact, and the text entries
 * of each zip archive (as {@code ARCHIVE!ENTRY}); images and other binaries are skipped. The
 * security and architecture advisors review them alike.
 */
final class CheckedTexts {

    private CheckedTexts() {
    }

    /**
     * The review of an attempt by a checker of its texts: the score is what the findings leave,
     * errors are critical issues, warnings suggestions.
     *
     * @param checker the findings on the texts, path to text
     * @param nothing the summary when the attempt has no text
     * @param what    the start of the summary, before the paths: "Structure of "
     */
    static Review review(ReviewRequest request, Function<Map<String, String>, List<Finding>> checker, String nothing, String what) {
        Map<String, String> texts = of(ReviewedFiles.of(request));
        List<Finding> findings = checker.apply(texts);
        String summary = texts.isEmpty() ? nothing : what + String.join(", ", texts.keySet()) + ": " + Findings.tally(findings) + ".";
        return Inspection.fromFindings("", OutputKind.TEXT, findings, summary).toReview();
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
