package dev.baton.code;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * The {@code ArchitectureAdvisor} of the seed's production preset: runs {@link ArchitectureChecker}
 * over every text the attempt produced (zip entries included): content kept apart from style,
 * file and function sizes, duplicated blocks. The score is what the findings leave; only a file
 * over 1 MB is critical.
 */
@ApplicationScoped
@Named("baton.advisor.ArchitectureAdvisor")
public class ArchitectureAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        Map<String, String> texts = CheckedTexts.of(ReviewedFiles.of(request));
        List<Finding> findings = ArchitectureChecker.check(texts);
        String summary = texts.isEmpty() ? "No code or text to judge for structure."
                : "Structure of " + String.join(", ", texts.keySet()) + ": " + Findings.tally(findings) + ".";
        return Inspection.fromFindings("", OutputKind.TEXT, findings, summary).toReview();
    }
}
