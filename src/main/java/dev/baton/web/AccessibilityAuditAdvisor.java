package dev.baton.web;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.scoring.FindingsReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code AccessibilityAuditAdvisor}: scores an accessibility report by auditing its
 * pages again ({@link AuditRun}) and weighing the findings by severity ({@link FindingsReview});
 * approved when there is no error and the report agrees with the re-run.
 */
@ApplicationScoped
@Named("baton.advisor.AccessibilityAuditAdvisor")
public class AccessibilityAuditAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        return FindingsReview.review(request, "accessibility audit", AuditRun::of);
    }
}
