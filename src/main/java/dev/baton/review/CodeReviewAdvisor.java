package dev.baton.review;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.scoring.Inspection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's {@code CodeReviewAdvisor}, the general reviewer: judges whatever the stage produced,
 * file by file and by kind ({@link Inspections}): pages by the linter and the WCAG audit
 * (findings weighted by severity), findings reports by their structure and what they report,
 * documents by their structure, zip archives by their integrity and whether they hold the
 * declared inputs, PNG images by signature, size and dimensions, source files by the code linter.
 * The score is the mean of the files' scores; it approves when no file has a critical issue.
 */
@ApplicationScoped
@Named("baton.advisor.CodeReviewAdvisor")
public class CodeReviewAdvisor implements Advisor {

    @Override
    public Review review(ReviewRequest request) {
        return combine(Inspections.of(request));
    }

    /** One review of several inspections: mean score, every point, approved when nothing is critical. */
    static Review combine(List<Inspection> inspections) {
        List<String> critical = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        Map<String, Object> scores = new LinkedHashMap<>();
        double sum = 0;
        for (Inspection i : inspections) {
            critical.addAll(i.critical());
            suggestions.addAll(i.suggestions());
            summaries.add(i.summary());
            scores.put(i.file(), i.score());
            sum += i.score();
        }
        double score = inspections.isEmpty() ? 0 : Math.round(sum / inspections.size() * 100) / 100.0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("files", scores);
        return new Review(score, critical.isEmpty(), critical, suggestions, String.join("; ", summaries) + ".", details);
    }
}
