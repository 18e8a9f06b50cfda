package dev.baton.scoring;

import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Artifact;
import dev.baton.json.Json;
import dev.baton.role.Workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an advisor reviews: the attempt's artifacts, or, when it produced none, its content as
 * one file named after the stage's first declared output (else "the output"); and the workspace
 * those files are seen in (the artifacts over the run folder).
 *
 * @param files     the files, in the order the agent produced them
 * @param workspace the attempt's artifacts over the run folder
 */
public record ReviewedFiles(List<Artifact> files, Workspace workspace) {

    /** The name given to content that is no file. */
    public static final String CONTENT = "the output";

    public ReviewedFiles {
        files = List.copyOf(files);
    }

    /** The files of a review request. */
    public static ReviewedFiles of(ReviewRequest request) {
        List<Artifact> files = new ArrayList<>(request.artifacts());
        if (files.isEmpty()) {
            Object content = request.content();
            String text = content == null ? "" : content instanceof String s ? s : Json.writePretty(content);
            String name = request.attempt().outputs().isEmpty() ? CONTENT : request.attempt().outputs().get(0);
            files.add(new Artifact(name, text.getBytes(StandardCharsets.UTF_8)));
        }
        return new ReviewedFiles(files, Workspace.of(request.attempt().runFolder(), request.artifacts()));
    }

    /** The text of a file. */
    public static String text(Artifact file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    /** The main file: the one at the first declared output, else the first. */
    public Artifact primary(List<String> outputs) {
        for (String out : outputs) {
            for (Artifact a : files) {
                if (a.path().equals(out)) {
                    return a;
                }
            }
        }
        return files.get(0);
    }
}
