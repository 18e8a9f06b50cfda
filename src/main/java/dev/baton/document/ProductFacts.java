package dev.baton.document;

import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an upstream requirements document says about the product: its name (from a title such as
 * "Product Requirements Document: X"), summary, features (else goals) and personas.
 *
 * @param idea     the product idea its title names, or null
 * @param summary  the prose of its Summary section, or the empty text
 * @param features its features, from a "Features" section, else from "Goals"
 * @param personas its persona bullets, as written
 * @param source   where it was read: a stage name or a file path
 */
public record ProductFacts(String idea, String summary, List<Feature> features, List<String> personas, String source) {

    private static final Pattern TITLED = Pattern.compile("(?i)^(?:product requirements(?: document)?|prd|refined prompt|requirements)\\s*[:—-]\\s*(.+)$");
    private static final Pattern BOLD_ITEM = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*[:—–-]?\\s*(.*)$");

    public ProductFacts {
        features = List.copyOf(features);
        personas = List.copyOf(personas);
    }

    /**
     * The facts of the first text that is a PRD (it has user stories), else of the first that has
     * a Summary, Features or Goals section, if any.
     */
    public static Optional<ProductFacts> first(List<String> sources, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (DocumentKind.ofText(texts.get(i), DocumentKind.DOCUMENT) == DocumentKind.PRD) {
                Optional<ProductFacts> facts = of(sources.get(i), texts.get(i));
                if (facts.isPresent()) {
                    return facts;
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Optional<ProductFacts> facts = of(sources.get(i), texts.get(i));
            if (facts.isPresent()) {
                return facts;
            }
        }
        return Optional.empty();
    }

    /** The facts of one text, when it has a Summary, Features or Goals section. */
    public static Optional<ProductFacts> of(String source, String markdown) {
        MarkdownOutline outline = MarkdownOutline.parse(markdown);
        Optional<MarkdownOutline.Section> features = outline.find("features", "key features").or(() -> outline.find("goals"));
        Optional<MarkdownOutline.Section> summary = outline.find("summary", "overview", "goal", "description");
        if (features.isEmpty() && summary.isEmpty()) {
            return Optional.empty();
        }
        String idea = null;
        Matcher titled = TITLED.matcher(outline.title());
        if (titled.matches()) {
            idea = titled.group(1).strip();
        }
        List<Feature> list = new ArrayList<>();
        features.ifPresent(s -> s.bullets().forEach(b -> list.add(feature(b))));
        List<String> personas = outline.find("personas", "users").map(MarkdownOutline.Section::bullets).orElse(List.of());
        return Optional.of(new ProductFacts(idea, summary.map(MarkdownOutline.Section::prose).orElse(""), list, personas, source));
    }

    /** "**Title**: description" → a feature; plain text → its first words as the title. */
    static Feature feature(String bullet) {
        Matcher m = BOLD_ITEM.matcher(bullet.strip());
        if (m.matches()) {
            String description = m.group(2).isBlank() ? m.group(1) + "." : m.group(2).strip();
            return new Feature(m.group(1).strip(), description);
        }
        String text = bullet.strip().replaceAll("\\*\\*", "");
        String[] words = text.replaceAll("[.:;,]+$", "").split("\\s+");
        String title = String.join(" ", List.of(words).subList(0, Math.min(words.length, 5)));
        return new Feature(Words.capitalize(title), text.endsWith(".") ? text : text + ".");
    }
}
