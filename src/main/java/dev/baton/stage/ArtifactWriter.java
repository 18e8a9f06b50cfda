package dev.baton.stage;

import dev.baton.agent.AgentOutput;
import dev.baton.agent.Artifact;
import dev.baton.json.Json;
import dev.baton.plan.StageSpec;
import dev.baton.record.ArtifactRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a finished stage's files into the run folder: the agent's artifacts, within the run's
 * artifact budget, and its content to each declared output that no artifact covers.
 */
final class ArtifactWriter {

    private final RunFolder folder;
    private final ArtifactBudget budget;

    ArtifactWriter(RunFolder folder, ArtifactBudget budget) {
        this.folder = folder;
        this.budget = budget;
    }

    /** The run's budget does not allow a stage's artifacts. */
    static final class OverBudget extends Exception {
        OverBudget(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Writes the files and says what was written.
     *
     * @throws OverBudget               if the artifacts would take the run past its budget (nothing is written)
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if a path leaves the run folder
     */
    List<ArtifactRecord> write(StageSpec spec, AgentOutput output) throws OverBudget, IOException {
        long bytes = output.artifacts().stream().mapToLong(a -> a.bytes().length).sum();
        String refused = budget.reserve(spec.name(), bytes);
        if (refused != null) {
            throw new OverBudget(refused);
        }
        List<ArtifactRecord> written = new ArrayList<>();
        Set<Path> covered = new HashSet<>();
        for (Artifact artifact : output.artifacts()) {
            written.add(folder.write(artifact));
            covered.add(folder.resolve(artifact.path()));
        }
        for (String declared : spec.outputs()) {
            Path path = folder.resolve(declared);
            if (covered.contains(path)) {
                continue;
            }
            if (Files.isRegularFile(path)) {
                written.add(folder.describe(declared));
            } else {
                String text = output.content() instanceof String s ? s : Json.writePretty(output.content());
                written.add(folder.write(new Artifact(declared, text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return written;
    }
}
