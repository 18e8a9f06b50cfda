package dev.baton.advisor.roles;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.roles.Finding;
import dev.baton.agent.roles.Findings;
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
        return PageInspection.fromFindings("", OutputKind.TEXT, findings, summary).toReview();
    }
}
