package dev.baton.document;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.role.Inputs;
import dev.baton.role.TextOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code RequirementsDraftingAgent}: drafts the Markdown document its task asks for,
 * offline and deterministically. By default, and for tasks about requirements, a PRD
 * ({@link PrdWriter}); for "README" a README ({@link ReadmeWriter}); for "API documentation" an
 * API guide ({@link ApiGuideWriter}); for "review of" a review of the upstream artifacts
 * ({@link ArtifactReviewWriter}); for a prompt, a refined prompt ({@link PromptWriter}); for
 * anything else a document with the requested sections ({@link GeneralDocumentWriter}). It reads
 * its declared inputs (every one must exist in the run folder) and the upstream outputs in its
 * memory; on a retry it answers the last review. Output: the text, written to each declared output.
 * When an LLM is configured, the model writes the document from the same material, the offline
 * draft given as its starting point ({@link LlmDrafting}).
 */
@ApplicationScoped
@Named("baton.agent.RequirementsDraftingAgent")
public class RequirementsDraftingAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        Assignment a = Assignment.of(request, false);
        DocumentKind fallback = request.task().isBlank() ? DocumentKind.PRD : DocumentKind.DOCUMENT;
        String text = switch (DocumentKind.of(request.task(), null, fallback)) {
            case PRD -> PrdWriter.write(a);
            case README -> ReadmeWriter.write(a);
            case API_GUIDE -> ApiGuideWriter.write(a);
            case REVIEW -> ArtifactReviewWriter.write(a);
            case PROMPT -> PromptWriter.write(a);
            case REPORT, DOCUMENT -> GeneralDocumentWriter.write(a);
        };
        return LlmDrafting.write(request, "product manager", text).orElseGet(() -> TextOutput.of(text, request.outputs()));
    }
}
