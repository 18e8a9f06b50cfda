package dev.baton.role;

import dev.baton.agent.AgentOutput;
import dev.baton.agent.Artifact;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The output of a role that writes one text: the text as content, and as the artifact of each declared output. */
public final class TextOutput {

    private TextOutput() {
    }

    /** The text, written to every declared output path. */
    public static AgentOutput of(String text, List<String> outputs) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new AgentOutput(text, outputs.stream().map(path -> new Artifact(path, bytes)).toList());
    }
}
