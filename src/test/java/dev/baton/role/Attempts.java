package dev.baton.role;

import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs an agent for a review test and builds the review request, as the stage batchlet would. */
public final class Attempts {

    private Attempts() {
    }

    /** The review request of one attempt of {@code agent} on {@code request}. */
    public static ReviewRequest attempt(Agent agent, AgentRequest request) {
        try {
            AgentOutput out = agent.produce(request);
            return new ReviewRequest(request, out.content(), out.artifacts(), 0.7);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A review request for given content and artifacts. */
    public static ReviewRequest of(AgentRequest request, Object content, Artifact... artifacts) {
        return new ReviewRequest(request, content, List.of(artifacts), 0.7);
    }

    /** A text artifact. */
    public static Artifact text(String path, String text) {
        return new Artifact(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a passed attempt's artifacts to the run folder, and declared outputs nothing covers get the content. */
    public static void pass(Path run, ReviewRequest attempt) {
        try {
            for (Artifact a : attempt.artifacts()) {
                Path file = run.resolve(a.path());
                Files.createDirectories(file.getParent());
                Files.write(file, a.bytes());
            }
            for (String out : attempt.attempt().outputs()) {
                Path file = run.resolve(out);
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, String.valueOf(attempt.content()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
