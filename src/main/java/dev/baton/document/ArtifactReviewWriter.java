package dev.baton.document;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.Severity;
import dev.baton.role.Upstream;
import dev.baton.role.Words;
import dev.baton.role.Workspace;
import dev.baton.web.AccessibilityAuditor;
import dev.baton.web.HtmlLinter;
import dev.baton.web.HtmlPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafts a review of everything upstream ("Final review of all artifacts"): for each upstream
 * stage its review (score, approval, open points) and its artifacts, each checked again in the
 * run folder (present, size; HTML pages linted and audited anew), then a verdict and
 * recommendations. Sections: Summary, Artifacts, Findings, Recommendations.
 */
public final class ArtifactReviewWriter {

    private ArtifactReviewWriter() {
    }

    /** The review for an assignment. */
    public static String write(Assignment a) {
        Workspace workspace = Workspace.of(a.request().runFolder());
        List<String> rows = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        int stages = 0;
        int approved = 0;
        int missing = 0;
        int errors = 0;
        for (Upstream.Stage stage : a.upstream().stages()) {
            stages++;
            Map<String, Object> review = stage.review();
            boolean ok = Boolean.TRUE.equals(review.get("approved"));
            if (review.isEmpty() || ok) {
                approved++;
            }
            String score = review.get("score") instanceof Number n ? Findings.formatScore(n.doubleValue()) : "—";
            for (String point : ReviewNotes.from(stage.name(), review).all()) {
                findings.add("- " + stage.name() + " (review): " + point);
            }
            if (stage.artifacts().isEmpty()) {
                rows.add("| " + stage.name() + " | (content only, " + Findings.plural(stage.text().length(), "character") + ") | — | "
                        + score + " | " + (review.isEmpty() ? "not reviewed" : ok ? "approved" : "not approved") + " |");
            }
            for (String path : stage.artifacts()) {
                var bytes = workspace.read(path);
                String check;
                if (bytes.isEmpty()) {
                    missing++;
                    check = "missing";
                    fixes.add("Re-run stage '" + stage.name() + "': its artifact " + path + " is not in the run folder.");
                } else if (path.toLowerCase(Locale.ROOT).endsWith(".html")) {
                    HtmlPage page = HtmlPage.parse(path, new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8));
                    List<Finding> found = new ArrayList<>(HtmlLinter.lint(page, workspace));
                    found.addAll(AccessibilityAuditor.audit(page, workspace));
                    errors += (int) Findings.count(found, Severity.ERROR);
                    found.stream().filter(f -> f.severity() != Severity.NOTE)
                            .forEach(f -> findings.add("- " + f.where() + " (" + f.rule() + ", " + f.severity().label() + "): " + f.message()));
                    check = "lint and accessibility: " + Findings.tally(found);
                } else {
                    check = "present";
                }
                rows.add("| " + stage.name() + " | `" + path + "` | " + bytes.map(b -> Integer.toString(b.length)).orElse("—")
                        + " | " + score + " | " + check + " |");
            }
        }
        boolean pass = missing == 0 && errors == 0 && approved == stages;
        StringBuilder md = new StringBuilder("# Final Review: ").append(Words.capitalize(a.idea())).append("\n\n## Summary\n\n");
        md.append("Reviewed ").append(Findings.plural(stages, "stage")).append(" and ")
                .append(Findings.plural(a.upstream().artifacts().size(), "artifact")).append(": ")
                .append(approved).append(" of ").append(stages).append(" stages approved by their reviewers, ")
                .append(Findings.plural(missing, "artifact")).append(" missing, ")
                .append(Findings.plural(errors, "error")).append(" from checking the pages again. Verdict: **")
                .append(pass ? "ready to release" : "not ready").append("**.\n\n");
        md.append("## Artifacts\n\n| stage | artifact | bytes | review score | check |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## Findings\n\n");
        if (findings.isEmpty()) {
            md.append("No open points: every review was approved without issues or suggestions, and the pages check clean.\n");
        } else {
            findings.forEach(f -> md.append(f).append('\n'));
        }
        md.append("\n## Recommendations\n\n");
        if (fixes.isEmpty() && pass) {
            fixes.add("Package and release: every artifact is present and every page passes lint and the accessibility audit.");
        }
        if (errors > 0) {
            fixes.add("Fix the page errors listed under Findings, then run the lint and accessibility stages again.");
        }
        if (findings.stream().anyMatch(f -> f.contains("(review)"))) {
            fixes.add("Work through the reviewers' suggestions under Findings before the next release.");
        }
        for (int i = 0; i < fixes.size(); i++) {
            md.append(i + 1).append(". ").append(fixes.get(i)).append('\n');
        }
        md.append('\n').append(FeedbackSection.write(a.feedback(), md.toString(), new ArrayList<>()));
        return md.toString();
    }
}
