package dev.baton.scoring;

import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Artifact;
import dev.baton.findings.CheckRun;
import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.FindingsBlock;
import dev.baton.findings.Severity;
import dev.baton.role.Inputs;
import dev.baton.role.Workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The review of a findings report by re-running its checker: on the files the report names that
 * are in the run folder, else on the stage's inputs, else on the upstream artifacts. The findings
 * of the re-run decide the score ({@link Findings#score}: errors weigh more than warnings); every
 * error is a critical issue, every warning a suggestion; a report whose counts differ from the
 * re-run's is a critical issue too. Without anything to re-run, the report's own findings count.
 * An output that is no report is checked directly.
 */
public final class FindingsReview {

    private FindingsReview() {
    }

    /**
     * The review of an attempt whose output should be a findings report of {@code checker}.
     *
     * @param what    the checker's name in messages: "lint", "accessibility audit"
     * @param checker runs the checker on files of a workspace
     */
    public static Review review(ReviewRequest request, String what, BiFunction<Workspace, List<String>, ? extends CheckRun> checker) {
        ReviewedFiles reviewed = ReviewedFiles.of(request);
        Artifact primary = reviewed.primary(request.attempt().outputs());
        var block = FindingsBlock.read(ReviewedFiles.text(primary));
        Workspace workspace = reviewed.workspace();
        Scorecard card = new Scorecard();
        List<Finding> findings;
        String basis;
        if (block.isPresent()) {
            List<String> targets = block.get().files().stream().filter(workspace::exists).toList();
            if (targets.isEmpty()) {
                targets = Inputs.files(request.attempt());
            }
            CheckRun run = targets.isEmpty() ? null : checker.apply(workspace, targets);
            if (run == null || run.files().isEmpty()) {
                findings = block.get().findings();
                basis = "the findings " + primary.path() + " reports (nothing to check again)";
            } else {
                findings = run.findings();
                basis = "the " + what + " of " + String.join(", ", run.files()) + ", run again";
                Map<Severity, Long> reported = counts(block.get().findings());
                Map<Severity, Long> found = counts(findings);
                card.measure("report_accurate", 1, reported.equals(found) ? 1 : 0);
                if (!reported.equals(found)) {
                    card.critical(primary.path() + " reports " + Findings.tally(block.get().findings()) + ", but running the "
                            + what + " again finds " + Findings.tally(findings) + "; regenerate the report");
                }
            }
        } else {
            List<String> paths = reviewed.files().stream().map(Artifact::path).toList();
            CheckRun run = checker.apply(workspace, paths);
            if (run.files().isEmpty()) {
                return new Review(0, false, List.of(primary.path() + " is neither a findings report (no JSON findings block at its end)"
                        + " nor a file the " + what + " can check; review it with the advisor that fits its kind"), List.of(),
                        "Nothing to judge.", Map.of());
            }
            findings = run.findings();
            basis = "the " + what + " of " + String.join(", ", run.files());
        }
        card.measure("findings", 4, Findings.score(findings));
        List<String> errors = new ArrayList<>();
        findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> errors.add(f.message()));
        Inspection.capped(errors).forEach(card::critical);
        Inspection.capped(findings.stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::message).toList())
                .forEach(card::suggest);
        card.fact("errors", Findings.count(findings, Severity.ERROR)).fact("warnings", Findings.count(findings, Severity.WARNING));
        return card.review("Judged by " + basis + ": " + Findings.tally(findings) + ".");
    }

    private static Map<Severity, Long> counts(List<Finding> findings) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING)) {
            counts.put(s, Findings.count(findings, s));
        }
        return counts;
    }
}
