package dev.baton.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small text helpers the writers share: capitals, noun phrases, identifiers, keywords. */
public final class Words {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with",
            "by", "at", "from", "as", "is", "are", "be", "it", "its", "this", "that", "these", "those", "your", "our",
            "all", "any", "each", "into", "using", "use", "via", "per", "must", "should", "include", "including", "etc");

    private Words() {
    }

    /** The text with its first letter in upper case. */
    public static String capitalize(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text as a sentence: capitalised, ending with a full stop unless it ends with punctuation. */
    public static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        return capitalize(t) + (t.matches(".*[.!?:]$") ? "" : ".");
    }

    /** Each word capitalised: "design system" → "Design System". */
    public static String titleCase(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            words.add(STOP.contains(w.toLowerCase(Locale.ROOT)) && !words.isEmpty() ? w.toLowerCase(Locale.ROOT) : capitalize(w));
        }
        return String.join(" ", words);
    }

    /**
     * An idea as a noun phrase that reads inside a sentence: "Coffee shop" → "a coffee shop";
     * a phrase that already starts with an article, or whose first word is a name or acronym
     * ("BlueBean", "REST"), keeps its first word as it is.
     */
    public static String nounPhrase(String idea) {
        String i = idea.strip().replaceAll("[.!]+$", "");
        String lower = i.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ")) {
            return lower.charAt(0) + i.substring(1);
        }
        String first = i.split("\\s+")[0];
        boolean name = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        String phrase = name ? i : Character.toLowerCase(i.charAt(0)) + i.substring(1);
        return (startsWithVowelSound(phrase) ? "an " : "a ") + phrase;
    }

    /** The phrase without a leading article. */
    public static String withoutArticle(String phrase) {
        return phrase.strip().replaceFirst("(?i)^(a|an|the)\\s+", "");
    }

    /** A name from a phrase: "coffee shop" → "Coffee Shop", for a brand when none is given. */
    public static String nameOf(String idea) {
        String core = withoutArticle(idea).split("[,.:;(]|\\s(?:that|which|with|using|for|to|in|on|where|who)\\s")[0].strip();
        String[] words = core.split("\\s+");
        return titleCase(String.join(" ", List.of(words).subList(0, Math.min(words.length, 4))));
    }

    /** A snake_case identifier: "Markdown parsing" → "markdown_parsing"; never empty. */
    public static String snake(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return "item";
        }
        return Character.isDigit(s.charAt(0)) ? "n_" + s : s;
    }

    /** A PascalCase identifier: "data record" → "DataRecord"; never empty. */
    public static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : snake(text).split("_")) {
            out.append(capitalize(part));
        }
        return out.toString();
    }

    /** The content words of a text, lower case, without stop words and short words, in order, each once. */
    public static List<String> keywords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9#+-]+")) {
            String word = w.replaceAll("^-+|-+$", "");
            if (word.length() > 2 && !STOP.contains(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word without a plural -s or -es ending, for loose matching. */
    public static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean startsWithVowelSound(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.matches("^[aeio].*") || (p.startsWith("u") && !p.startsWith("us") && !p.startsWith("uni"));
    }
}
