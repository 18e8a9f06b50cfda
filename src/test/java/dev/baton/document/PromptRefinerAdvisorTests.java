package dev.baton.document;

import dev.baton.advisor.Review;
import dev.baton.role.Attempts;
import dev.baton.role.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptRefinerAdvisorTests {

    @TempDir
    Path run;

    private final PromptRefinerAdvisor advisor = new PromptRefinerAdvisor();

    private Requests refine() {
        String prd = (String) Attempts.attempt(new RequirementsDraftingAgent(), Requests.stage("requirements").runFolder(run)
                .task("Create an MVP PRD for: tea").memory("product_idea", "a tea room").build()).content();
        return Requests.stage("prompt_refine").runFolder(run).task("Refine the product prompt based on last review for: a tea room")
                .memory("product_idea", "a tea room").memory("brand", "Leaf").memory("requirements.content", prd)
                .memory("requirements.artifacts", List.of())
                .memory("requirements.review", Map.of("score", 0.8, "approved", true, "critical_issues", List.of(),
                        "suggestions", List.of("Name the opening hours in the footer", "State a budget for page weight")));
    }

    @Test
    void theRefinedPromptAddressesEveryUpstreamPointAndIsApproved() {
        var attempt = Attempts.attempt(new PromptRefinerAgent(), refine().build());
        String prompt = (String) attempt.content();
        assertTrue(prompt.contains("Suggestion: \"Name the opening hours in the footer\""), prompt);
        assertTrue(prompt.contains("- [ ] Addressed: State a budget for page weight"), prompt);
        Review review = advisor.review(attempt);
        assertEquals(1.0, review.score(), review.toString());
        assertTrue(review.approved());
        assertTrue(review.summary().contains("2 of 2 review points addressed"), review.summary());
        var again = refine().memory("refine1.content", prompt).memory("refine1.artifacts", List.of()).build();
        String second = (String) Attempts.attempt(new PromptRefinerAgent(), again).content();
        assertTrue(second.contains("- **Requirements**: from requirements: This document defines"),
                "a second refinement still draws on the PRD, not on the first prompt:\n" + second);
    }

    @Test
    void onARetryItAnswersItsOwnLastReview() {
        var request = refine().attempt(2).memory("prompt_refine.last_review", Map.of("score", 0.4, "approved", false,
                "critical_issues", List.of("The prompt has no 'Output Format' section; say which files to deliver"))).build();
        var attempt = Attempts.attempt(new PromptRefinerAgent(), request);
        assertTrue(((String) attempt.content()).contains("→ Requirement: Say which files to deliver."), (String) attempt.content());
        assertTrue(advisor.review(attempt).approved());
    }

    @Test
    void aPromptThatIgnoresThePointsIsNotApproved() {
        var request = refine().build();
        String ignoring = "# Refined Prompt: a tea room\n\n## Goal\n\nBuild it for Leaf.\n\n## Context\n\nTea.\n\n## Constraints\n\n"
                + "- WCAG 2.1 AA\n- Fast\n- Secure\n\n## Acceptance Checklist\n\n- [ ] Done\n- [ ] Tested\n- [ ] Shipped\n";
        Review review = advisor.review(Attempts.of(request, ignoring));
        assertFalse(review.approved());
        assertEquals(2, review.criticalIssues().size(), review.toString());
        assertTrue(review.criticalIssues().get(0).contains("'Name the opening hours in the footer'"), review.toString());
        assertTrue(review.score() < 0.8, review.toString());
    }

    @Test
    void aPrdCountsAsAPromptWhenThePanelPutsThisAdvisorOnIt() {
        Review review = advisor.review(Attempts.attempt(new RequirementsDraftingAgent(), Requests.stage("requirements")
                .runFolder(run).task("Create PRD for: tea").memory("product_idea", "a tea room").build()));
        assertTrue(review.approved(), review.toString());
        assertTrue(review.score() >= 0.9, review.toString());
    }
}
