package dev.baton.review;

import dev.baton.advisor.Review;
import dev.baton.document.RequirementsDraftingAgent;
import dev.baton.role.Attempts;
import dev.baton.role.Requests;
import dev.baton.skeleton.CodeSkeletonAgent;
import dev.baton.skeleton.CodeSkeletonMarketingAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementsAdvisorTests {

    @TempDir
    Path run;

    private final RequirementsAdvisor advisor = new RequirementsAdvisor();

    private static final String PRD_TASK = "Create comprehensive PRD for: Coffee shop\nBrand: BlueBean\n"
            + "Include: goals, personas, features, marketing messaging, CTA strategy";

    @Test
    void theDraftedPrdHasFullMarks() {
        Review review = advisor.review(Attempts.attempt(new RequirementsDraftingAgent(), Requests.stage("Product Definition")
                .runFolder(run).task(PRD_TASK).memory("product_idea", "Coffee shop").outputs("docs/product_definition.md").build()));
        assertEquals(1.0, review.score(), review.toString());
        assertTrue(review.approved());
        assertTrue(review.criticalIssues().isEmpty() && review.suggestions().isEmpty(), review.toString());
        assertEquals(6L, ((Number) review.details().get("user_story_count")).longValue());
        assertEquals(10, ((Number) review.details().get("acceptance_criteria_count")).intValue(), "six Given/When/Then and four checklist items");
    }

    @Test
    void eachGapOfAPrdIsACriticalIssueAndLowersTheScore() {
        var request = Requests.stage("requirements").runFolder(run).task("Create an MVP PRD for: tea")
                .memory("product_idea", "a tea room").build();
        String thin = "# PRD: a tea room\n\n## Summary\n\nA tea room.\n\n## Goals\n\n- Sell tea.\n\n"
                + "## Acceptance Criteria\n\n- It works.\n";
        Review review = advisor.review(Attempts.of(request, thin));
        assertFalse(review.approved());
        assertTrue(review.score() < 0.6, review.toString());
        assertTrue(review.criticalIssues().contains("The product requirements document (the output) has no 'User Stories'"
                + " section; add one with stories in the form 'As a …, I want …, so that …'."), review.toString());
        assertTrue(review.criticalIssues().stream().anyMatch(i -> i.startsWith("The PRD has no user story")), review.toString());
        assertTrue(review.suggestions().stream().anyMatch(s -> s.startsWith("1 acceptance criteria are not testable")), review.toString());
        assertTrue(review.suggestions().stream().anyMatch(s -> s.contains("no privacy requirement")), review.toString());
        String missingIdea = thin.replace("tea room", "something").replace("Sell tea", "Sell drinks");
        assertTrue(advisor.review(Attempts.of(request, missingIdea)).criticalIssues().stream()
                .anyMatch(i -> i.contains("never names the product idea ('a tea room')")));
    }

    @Test
    void aReadmeIsJudgedAsAReadmeAgainstTheItemsItWasAskedFor() {
        String task = "Create README for: Coffee shop\nInclude:\n- Project description\n- Setup instructions\n- Usage examples\n- Pricing table\n- License";
        var request = Requests.stage("Documentation").runFolder(run).task(task).memory("product_idea", "Coffee shop").outputs("README.md").build();
        Review drafted = advisor.review(Attempts.attempt(new RequirementsDraftingAgent(), request));
        assertTrue(drafted.approved(), drafted.toString());
        assertEquals("README", drafted.details().get("kind"));
        Review partial = advisor.review(Attempts.of(request, "# Coffee shop\n\n## Description\n\nA coffee shop.\n\n## Setup\n\nOpen it.\n"));
        assertFalse(partial.approved());
        assertTrue(partial.criticalIssues().contains("The task asks for 'Usage examples' but no section of the README covers it;"
                + " add a section '## Usage examples'."), partial.toString());
    }

    @Test
    void aPageIsTracedToTheItemsTheTaskAsksFor() {
        String task = "Generate marketing landing page for: Coffee shop\nBrand: BlueBean\nInclude:\n"
                + "- Hero section with headline and CTA button\n- Features section (3 columns)\n- Testimonials section\n"
                + "- Footer with branding\n- Responsive design (mobile-first)\n- Modern CSS (flexbox/grid)\n";
        var request = Requests.stage("Code Skeleton (Marketing)").runFolder(run).task(task).memory("product_idea", "Coffee shop")
                .memory("brand", "BlueBean").outputs("src/index.html").build();
        Review marketing = advisor.review(Attempts.attempt(new CodeSkeletonMarketingAgent(), request));
        assertEquals(1.0, marketing.score(), marketing.toString());
        Review plain = advisor.review(Attempts.attempt(new CodeSkeletonAgent(), Requests.stage("c").runFolder(run)
                .task(task.replace("- Testimonials section\n", "- Pricing table\n")).memory("product_idea", "Coffee shop")
                .memory("brand", "BlueBean").outputs("src/index.html").build()));
        assertFalse(plain.approved());
        assertEquals(List.of("The task asks for 'Pricing table' but src/index.html shows no pricing, table; add it."),
                plain.criticalIssues(), plain.toString());
    }

    @Test
    void aDeclaredOutputTheAttemptDidNotProduceIsCritical() {
        var request = Requests.stage("zip").runFolder(run).outputs("dist/package.zip").build();
        Review review = advisor.review(Attempts.of(request, Map.of("entries", 0)));
        assertFalse(review.approved());
    }
}
