package dev.baton.document;

import java.util.List;

/**
 * A section a kind of document needs.
 *
 * @param title   the heading writers use
 * @param aliases heading words that also count (the title's own words always count)
 * @param hint    what the section should hold, for a reviewer's message
 */
public record SectionSpec(String title, List<String> aliases, String hint) {

    public SectionSpec {
        aliases = List.copyOf(aliases);
    }

    static SectionSpec of(String title, String hint, String... aliases) {
        return new SectionSpec(title, List.of(aliases), hint);
    }

    /** Every name that matches: the title and the aliases. */
    public String[] names() {
        String[] names = new String[aliases.size() + 1];
        names[0] = title;
        for (int i = 0; i < aliases.size(); i++) {
            names[i + 1] = aliases.get(i);
        }
        return names;
    }

    /** Whether a document has this section. */
    public boolean in(MarkdownOutline outline) {
        return outline.find(names()).isPresent();
    }
}
