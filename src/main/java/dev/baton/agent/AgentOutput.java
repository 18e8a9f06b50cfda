package dev.baton.agent;

import java.util.List;

/**
 * One attempt's output.
 *
 * @param content   the output: a text, or a JSON-like tree of plain values
 * @param artifacts files for the run folder; written only when the stage passes
 */
public record AgentOutput(Object content, List<Artifact> artifacts) {

    public AgentOutput {
        artifacts = List.copyOf(artifacts);
    }

    /** An output with no artifacts. */
    public static AgentOutput of(Object content) {
        return new AgentOutput(content, List.of());
    }
}
