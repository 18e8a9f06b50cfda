package dev.baton.code;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

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
        return CheckedTexts.review(request, ArchitectureChecker::check, "No code or text to judge for structure.", "Structure of ");
    }
}
