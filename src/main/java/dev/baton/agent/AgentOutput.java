package dev.baton.agent;

import java.util.List;
import java.util.Map;

/**
 * One attempt's output.
 *
 * @param content   the output: a text, or a JSON-like tree of plain values
 * @param artifacts files for the run folder; written only when the stage passes
 * @param details   what else the agent wants recorded with the stage's review (e.g. LLM token usage); may be empty
 */
public record AgentOutput(Object content, List<Artifact> artifacts, Map<String, Object> details) {

    public AgentOutput {
        artifacts = List.copyOf(artifacts);
        details = details == null ? Map.of() : details;
    }

    public AgentOutput(Object content, List<Artifact> artifacts) {
        this(content, artifacts, Map.of());
    }

    /** An output with no artifacts. */
    public static AgentOutput of(Object content) {
        return new AgentOutput(content, List.of());
    }
}
