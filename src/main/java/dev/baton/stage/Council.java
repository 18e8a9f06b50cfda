package dev.baton.stage;

import dev.baton.advisor.Review;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the reviews of several advisors into one. The score is the weighted mean of the
 * scores. Approval depends on the decision: {@link Decision#MAJORITY} approves when the advisors
 * that approve hold more than half of the weight; {@link Decision#AVERAGE} approves when the
 * weighted mean score reaches the threshold. Critical issues and suggestions are gathered, each
 * prefixed with its advisor's name when there are several advisors. A single review is returned
 * as it is.
 */
public final class Council {

    private Council() {
    }

    /**
     * The combined review.
     *
     * @param reviews   each advisor with its review, in panel order; not empty
     * @param decision  how approval is decided
     * @param threshold the stage's threshold
     */
    public static Review combine(Map<AdvisorRef, Review> reviews, Decision decision, double threshold) {
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("no reviews to combine");
        }
        if (reviews.size() == 1) {
            return reviews.values().iterator().next();
        }
        double totalWeight = 0;
        double weightedScore = 0;
        double approvingWeight = 0;
        List<String> issues = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        List<Map<String, Object>> members = new ArrayList<>();
        for (Map.Entry<AdvisorRef, Review> e : reviews.entrySet()) {
            AdvisorRef advisor = e.getKey();
            Review review = e.getValue();
            totalWeight += advisor.weight();
            weightedScore += advisor.weight() * review.score();
            if (review.approved()) {
                approvingWeight += advisor.weight();
            }
            review.criticalIssues().forEach(i -> issues.add(advisor.name() + ": " + i));
            review.suggestions().forEach(s -> suggestions.add(advisor.name() + ": " + s));
            if (!review.summary().isBlank()) {
                summaries.add(advisor.name() + ": " + review.summary());
            }
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("advisor", advisor.name());
            member.put("weight", advisor.weight());
            member.put("score", review.score());
            member.put("approved", review.approved());
            members.add(member);
        }
        double score = round(weightedScore / totalWeight);
        boolean approved = decision == Decision.MAJORITY ? approvingWeight * 2 > totalWeight : score >= threshold;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision.yamlName());
        details.put("reviews", members);
        return new Review(score, approved, issues, suggestions, String.join(" ", summaries), details);
    }

    /** Scores kept to 4 decimals, so that reports and thresholds compare as people read them. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
