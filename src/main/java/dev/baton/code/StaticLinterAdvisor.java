package dev.baton.code;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.scoring.FindingsReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code StaticLinterAdvisor}: scores a lint report by linting its files again
 * ({@link LintRun}) and weighing the findings by severity ({@link FindingsReview}); approved when
 * there is no error and the report agrees with the re-run.
 */
@ApplicationScoped
@Named("baton.advisor.StaticLinterAdvisor")
public class StaticLinterAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        return FindingsReview.review(request, "lint", LintRun::of);
    }
}
