package dev.baton.review;

import dev.baton.advisor.Review;
import dev.baton.code.StaticLinterAgent;
import dev.baton.packaging.ZipPackagerAgent;
import dev.baton.role.Attempts;
import dev.baton.role.Fixtures;
import dev.baton.role.Requests;
import dev.baton.skeleton.CodeSkeletonAgent;
import dev.baton.web.AccessibilityAuditAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeReviewAdvisorTests {

    @TempDir
    Path run;

    private final CodeReviewAdvisor advisor = new CodeReviewAdvisor();

    private Review generatedPage() {
        var attempt = Attempts.attempt(new CodeSkeletonAgent(), Requests.stage("Code Skeleton").runFolder(run)
                .task("Generate HTML/CSS for: Coffee shop").memory("product_idea", "Coffee shop").outputs("src/index.html").build());
        Review review = advisor.review(attempt);
        Attempts.pass(run, attempt);
        return review;
    }

    @Test
    void aGeneratedPageIsApprovedWithFullMarks() {
        Review review = generatedPage();
        assertEquals(1.0, review.score(), review.toString());
        assertTrue(review.approved());
        assertTrue(review.summary().contains("src/index.html: 0 errors, 0 warnings"), review.summary());
    }

    @Test
    void aPageWithProblemsScoresLowerAndNamesThem() throws Exception {
        Fixtures.copy("a11y", run, "site", "styles.css", "logo.png");
        String html = Files.readString(Path.of("src/test/resources/roles/a11y/index.html"));
        Review review = advisor.review(Attempts.of(Requests.stage("page").runFolder(run).outputs("site/index.html").build(),
                html, Attempts.text("site/index.html", html)));
        assertFalse(review.approved());
        assertTrue(review.score() < 0.7, review.toString());
        assertTrue(review.criticalIssues().stream().anyMatch(i -> i.contains("has no alt text")), review.toString());
        assertTrue(review.criticalIssues().stream().anyMatch(i -> i.contains("contrast 4.48:1")), review.toString());
    }

    @Test
    void reportsAreJudgedByWhatTheyReport() {
        generatedPage();
        Review clean = advisor.review(Attempts.attempt(new StaticLinterAgent(), Requests.stage("Static Lint").runFolder(run)
                .inputs("src/index.html").outputs("reports/lint_report.md").build()));
        assertEquals(1.0, clean.score(), clean.toString());
        Fixtures.copy("a11y", run, "site", "index.html", "styles.css", "logo.png");
        Review broken = advisor.review(Attempts.attempt(new AccessibilityAuditAgent(), Requests.stage("a11y").runFolder(run)
                .inputs("site/index.html").outputs("reports/a11y_report.md").build()));
        assertFalse(broken.approved());
        assertTrue(broken.score() < clean.score());
        assertTrue(broken.criticalIssues().get(0).startsWith("The report lists an error at site/index.html:2"), broken.toString());
    }

    @Test
    void aZipMustHoldTheDeclaredInputs() throws Exception {
        generatedPage();
        Files.writeString(run.resolve("README.md"), "# x\n");
        var request = Requests.stage("zip").runFolder(run).inputs("src/index.html", "README.md").outputs("dist/package.zip").build();
        Review good = advisor.review(Attempts.attempt(new ZipPackagerAgent(), request));
        assertEquals(1.0, good.score(), good.toString());
        var other = Requests.stage("zip").runFolder(run).inputs("src/index.html", "README.md", "docs/missing.md")
                .outputs("dist/package.zip").build();
        Review incomplete = advisor.review(Attempts.of(other, "listing", Attempts.attempt(new ZipPackagerAgent(), request).artifacts().get(0)));
        assertFalse(incomplete.approved());
        assertTrue(incomplete.criticalIssues().get(0).contains("does not contain the declared input docs/missing.md"), incomplete.toString());
        Review garbage = advisor.review(Attempts.of(request, "x", Attempts.text("dist/package.zip", "not a zip")));
        assertFalse(garbage.approved());
        assertEquals(0.0, garbage.score());
    }

    @Test
    void pngsAreCheckedForSignatureSizeAndTheAskedDimensions() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/roles/preview-320x200.png"));
        var request = Requests.stage("shot").runFolder(run).task("Dimensions: 320x200").outputs("screenshots/preview.png").build();
        Review review = advisor.review(Attempts.of(request, "shot", new dev.baton.agent.Artifact("screenshots/preview.png", png)));
        assertEquals(1.0, review.score(), review.toString());
        var wrongSize = Requests.stage("shot").runFolder(run).task("Dimensions: 1920x1080").outputs("screenshots/preview.png").build();
        Review resized = advisor.review(Attempts.of(wrongSize, "shot", new dev.baton.agent.Artifact("screenshots/preview.png", png)));
        assertTrue(resized.score() < 1.0 && resized.approved(), resized.toString());
        Review notPng = advisor.review(Attempts.of(request, "x", Attempts.text("screenshots/preview.png", "GIF89a")));
        assertFalse(notPng.approved());
    }

    @Test
    void codeIsJudgedByTheCodeLinterAndScoresFallWithFindings() {
        var request = Requests.stage("code").runFolder(run).outputs("src/app.py").build();
        Review good = advisor.review(Attempts.of(request, "", Attempts.text("src/app.py",
                "\"\"\"App.\"\"\"\n\n\ndef f(x):\n    \"\"\"Return x.\"\"\"\n    return x\n")));
        Review undocumented = advisor.review(Attempts.of(request, "", Attempts.text("src/app.py", "def f(x):\n    return x\n")));
        Review broken = advisor.review(Attempts.of(request, "", Attempts.text("src/app.py", "def f(x:\n    return [x\n")));
        assertEquals(1.0, good.score());
        assertTrue(undocumented.score() < good.score() && undocumented.approved(), undocumented.toString());
        assertTrue(broken.score() < undocumented.score() && !broken.approved(), broken.toString());
    }
}
