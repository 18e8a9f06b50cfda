package dev.baton.pipeline;

import java.util.Map;
import java.util.Optional;

/**
 * A pipeline's policy: per-category thresholds, timeouts and retries, the advisors of each
 * category, and the run's budget. Category maps may hold the fallback keys {@code default}
 * and {@code overall}, which apply to categories that have no entry of their own.
 *
 * @param version     the policy format version; only 1 exists
 * @param thresholds  category to minimum score in [0, 1] ({@code score_thresholds} or its alias {@code thresholds})
 * @param timeouts    category to seconds
 * @param retries     category to retries after the first attempt
 * @param advisors    category to the panel that reviews its stages
 * @param council     the panel that reviews every stage, or null
 * @param budget      limits of the run
 * @param memoryView  what a stage sees of the stages before it
 * @param memoize     which stages may reuse an identical earlier result
 */
public record Policy(int version,
                     Map<String, Double> thresholds,
                     Map<String, Double> timeouts,
                     Map<String, Integer> retries,
                     Map<String, AdvisorPanel> advisors,
                     AdvisorPanel council,
                     Budget budget,
                     Visibility memoryView,
                     Memoize memoize) {

    /** Keys of a category map that apply to every category without an entry of its own, in order of precedence. */
    public static final String[] FALLBACK_KEYS = {"default", "overall"};

    /** A policy that sets nothing. */
    public static final Policy EMPTY = new Policy(1, Map.of(), Map.of(), Map.of(), Map.of(), null, Budget.NONE, null);

    public Policy {
        thresholds = Map.copyOf(thresholds);
        timeouts = Map.copyOf(timeouts);
        retries = Map.copyOf(retries);
        advisors = Map.copyOf(advisors);
        budget = budget == null ? Budget.NONE : budget;
        memoize = memoize == null ? Memoize.NONE : memoize;
    }

    /** A policy that memoizes no stage. */
    public Policy(int version, Map<String, Double> thresholds, Map<String, Double> timeouts, Map<String, Integer> retries,
                  Map<String, AdvisorPanel> advisors, AdvisorPanel council, Budget budget, Visibility memoryView) {
        this(version, thresholds, timeouts, retries, advisors, council, budget, memoryView, Memoize.NONE);
    }

    /** What a stage sees of the stages before it: as set, else {@link Visibility#DEPENDENCIES}. */
    public Visibility visibility() {
        return memoryView == null ? Visibility.DEPENDENCIES : memoryView;
    }

    /** The threshold of a category: its own entry, else the fallback. */
    public Optional<Double> threshold(String category) {
        return byCategory(thresholds, category);
    }

    /** The timeout in seconds of a category: its own entry, else the fallback. */
    public Optional<Double> timeout(String category) {
        return byCategory(timeouts, category);
    }

    /** The retries of a category: its own entry, else the fallback. */
    public Optional<Integer> retryCount(String category) {
        return byCategory(retries, category);
    }

    /** The panel of a category: its own entry, else the council, else the fallback entry. */
    public Optional<AdvisorPanel> panel(String category) {
        if (category != null && advisors.containsKey(category)) {
            return Optional.of(advisors.get(category));
        }
        if (council != null) {
            return Optional.of(council);
        }
        return byCategory(advisors, null);
    }

    private static <T> Optional<T> byCategory(Map<String, T> values, String category) {
        if (category != null && values.containsKey(category)) {
            return Optional.of(values.get(category));
        }
        for (String key : FALLBACK_KEYS) {
            if (values.containsKey(key)) {
                return Optional.of(values.get(key));
            }
        }
        return Optional.empty();
    }
}
