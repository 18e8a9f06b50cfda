package dev.baton.scoring;

import dev.baton.advisor.Review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measurements that make a review: each check has a weight and a measured value in [0, 1]; the
 * score is their weighted mean, to two decimals. Critical issues block approval; suggestions do
 * not. Every measurement is kept in the review's details under its name.
 */
public final class Scorecard {

    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> issues = new ArrayList<>();
    private final List<String> suggestions = new ArrayList<>();
    private double weights;
    private double weighted;

    /**
     * Records one check.
     *
     * @param name   its name in the details, e.g. {@code sections}
     * @param weight how much it counts
     * @param value  what was measured, clamped to [0, 1]
     */
    public Scorecard measure(String name, double weight, double value) {
        double v = Math.max(0.0, Math.min(1.0, value));
        weights += weight;
        weighted += weight * v;
        details.put(name, Math.round(v * 100) / 100.0);
        return this;
    }

    /** Keeps a fact in the details without scoring it. */
    public Scorecard fact(String name, Object value) {
        details.put(name, value);
        return this;
    }

    /** A problem that must be fixed; the output is not approved while there is one. */
    public Scorecard critical(String issue) {
        if (!issues.contains(issue)) {
            issues.add(issue);
        }
        return this;
    }

    /** An improvement that would raise the score. */
    public Scorecard suggest(String suggestion) {
        if (!suggestions.contains(suggestion)) {
            suggestions.add(suggestion);
        }
        return this;
    }

    /** The weighted mean of the checks, to two decimals; 1 when nothing was measured. */
    public double score() {
        return weights == 0 ? 1.0 : Math.round(weighted / weights * 100) / 100.0;
    }

    public List<String> issues() {
        return List.copyOf(issues);
    }

    public List<String> suggestions() {
        return List.copyOf(suggestions);
    }

    public Map<String, Object> details() {
        return new LinkedHashMap<>(details);
    }

    /** The review: approved when there is no critical issue. */
    public Review review(String summary) {
        return new Review(score(), issues.isEmpty(), issues, suggestions, summary, details());
    }
}
