package dev.baton.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reviewers' most frequent suggestions across a run's stages ({@code --top-suggestions N}, the
 * seed's flag): each suggestion of each stage's final review, counted once per stage, texts compared
 * without case and surrounding space; ties in the order stages and suggestions first appear.
 */
public final class TopSuggestions {

    /**
     * One suggestion.
     *
     * @param suggestion its text, as first seen
     * @param count      how many stages' reviews gave it
     * @param stages     those stages
     */
    public record Entry(String suggestion, int count, List<String> stages) {
    }

    /** How many suggestions a run's {@code report.md} lists unless {@code --top-suggestions} says. */
    public static final int DEFAULT = 5;

    private TopSuggestions() {
    }

    /** The {@code n} most frequent suggestions of a report's final reviews. */
    public static List<Entry> of(RunReport report, int n) {
        Map<String, String> firstText = new LinkedHashMap<>();
        Map<String, Set<String>> stagesBySuggestion = new LinkedHashMap<>();
        report.stages().forEach(stage -> {
            if (report.memory().get(stage.name() + ".review") instanceof Map<?, ?> review
                    && review.get("suggestions") instanceof List<?> suggestions) {
                for (Object s : suggestions) {
                    String text = String.valueOf(s).strip();
                    String key = text.toLowerCase(Locale.ROOT);
                    if (!text.isEmpty()) {
                        firstText.putIfAbsent(key, text);
                        stagesBySuggestion.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(stage.name());
                    }
                }
            }
        });
        List<Entry> entries = new ArrayList<>();
        stagesBySuggestion.forEach((key, stages) -> entries.add(new Entry(firstText.get(key), stages.size(), List.copyOf(stages))));
        entries.sort((a, b) -> Integer.compare(b.count(), a.count())); // stable: ties keep their first-seen order
        return entries.subList(0, Math.min(n, entries.size()));
    }
}
