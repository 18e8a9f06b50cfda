package dev.baton.code;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.findings.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code SecurityAdvisor} of the seed's production preset: runs {@link SecurityChecker} over
 * every text the attempt produced (zip entries included); the score is what the findings leave,
 * errors are critical. An output with no text to check (an image) passes, and says so.
 */
@ApplicationScoped
@Named("baton.advisor.SecurityAdvisor")
public class SecurityAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        return CheckedTexts.review(request, texts -> {
            List<Finding> findings = new ArrayList<>();
            texts.forEach((path, text) -> findings.addAll(SecurityChecker.check(path, text)));
            return findings;
        }, "No code or text to check for security problems.", "Security checks of ");
    }
}
