package dev.baton.scoring;

import dev.baton.advisor.Review;
import dev.baton.code.StaticLinterAdvisor;
import dev.baton.code.StaticLinterAgent;
import dev.baton.role.Attempts;
import dev.baton.role.Fixtures;
import dev.baton.role.Requests;
import dev.baton.skeleton.CodeSkeletonAgent;
import dev.baton.web.AccessibilityAuditAdvisor;
import dev.baton.web.AccessibilityAuditAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The StaticLinterAdvisor and the AccessibilityAuditAdvisor. */
class FindingsAdvisorsTests {

    @TempDir
    Path run;

    private void generatedPageUpstream() {
        var attempt = Attempts.attempt(new CodeSkeletonAgent(), Requests.stage("code_skeleton").runFolder(run)
                .task("Generate a minimal, static HTML/CSS skeleton").memory("product_idea", "Coffee shop").build());
        Attempts.pass(run, attempt);
    }

    @Test
    void reportsOfTheGeneratedPageAreApprovedWithFullMarks() {
        generatedPageUpstream();
        var upstream = Requests.stage("static_lint").runFolder(run).memory("code_skeleton.content", "")
                .memory("code_skeleton.artifacts", List.of("index.html", "styles.css"));
        Review lint = new StaticLinterAdvisor().review(Attempts.attempt(new StaticLinterAgent(), upstream.build()));
        assertEquals(1.0, lint.score(), lint.toString());
        assertTrue(lint.approved());
        assertTrue(lint.summary().startsWith("Judged by the lint of index.html, styles.css, run again"), lint.summary());
        Review a11y = new AccessibilityAuditAdvisor().review(Attempts.attempt(new AccessibilityAuditAgent(), upstream.build()));
        assertEquals(1.0, a11y.score(), a11y.toString());
    }

    @Test
    void errorsFailAndWarningsOnlyLowerTheScore() {
        Fixtures.copy("a11y", run, "site", "index.html", "styles.css", "logo.png");
        var request = Requests.stage("a11y").runFolder(run).inputs("site/index.html").build();
        Review review = new AccessibilityAuditAdvisor().review(Attempts.attempt(new AccessibilityAuditAgent(), request));
        assertFalse(review.approved());
        assertEquals(4, review.criticalIssues().size(), review.toString());
        assertEquals(1, review.suggestions().size(), review.toString());
        assertEquals(0.66, review.score(), 1e-9, "four errors and a warning leave 0.57 (weight 4), the report is accurate (weight 1)");
    }

    @Test
    void aReportThatDisagreesWithTheRerunIsCritical() throws Exception {
        generatedPageUpstream();
        var request = Requests.stage("lint").runFolder(run).inputs("index.html").build();
        var honest = Attempts.attempt(new StaticLinterAgent(), request);
        Files.writeString(run.resolve("index.html"), Files.readString(run.resolve("index.html")).replace("<html lang=\"en\">", "<html>"));
        Review review = new StaticLinterAdvisor().review(honest);
        assertFalse(review.approved());
        assertTrue(review.criticalIssues().get(0).contains("reports 0 errors, 0 warnings, 0 notes, but running the lint again"
                + " finds 1 error"), review.toString());
    }
}
