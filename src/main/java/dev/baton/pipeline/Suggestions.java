package dev.baton.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for names a user got slightly wrong: the known names closest by edit distance
 * (optimal string alignment, ignoring case), within a distance that grows with the name's length.
 */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /** Up to three known names close to {@code wrong}, closest first. */
    public static List<String> closest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : Math.max(2, w.length() / 3);
        record Scored(String name, int distance) { }
        List<Scored> scored = new ArrayList<>();
        for (String name : known) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = distance(w, n);
            boolean contains = w.length() >= 4 && (n.contains(w) || w.contains(n)) && n.length() >= 4;
            boolean sharedStem = commonPrefix(w, n) >= 4 && d <= Math.max(w.length(), n.length()) / 2;
            if (d <= limit || contains || sharedStem) {
                scored.add(new Scored(name, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        if (scored.isEmpty()) {
            return List.of();
        }
        int best = scored.get(0).distance();
        int cutoff = best <= 1 ? best : best + 1;
        return scored.stream().filter(s -> s.distance() <= cutoff).limit(MAX_SUGGESTIONS).map(Scored::name).toList();
    }

    /** {@code " (did you mean 'x'?)"}, {@code " (did you mean 'x' or 'y'?)"}, or the empty text. */
    public static String didYouMean(String wrong, Collection<String> known) {
        List<String> names = closest(wrong, known);
        if (names.isEmpty()) {
            return "";
        }
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        String joined = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return " (did you mean " + joined + "?)";
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
