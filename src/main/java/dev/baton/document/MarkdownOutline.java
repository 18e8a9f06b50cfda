package dev.baton.document;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a Markdown text, read with commonmark-java: its ATX headings ({@code #} to
 * {@code ######} at the start of a line; not those inside fenced code blocks) with the text under
 * each, and whether every code fence is closed, so that writers can read upstream documents and
 * advisors can measure them. Only headings and fenced code blocks are parsed as blocks (not lists,
 * quotes, indented code or HTML blocks), so a heading line counts in a list, a quote or an HTML
 * block alike. A heading's title is its text as written, without emphasis marks or closing
 * {@code #}s.
 */
public final class MarkdownOutline {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, FencedCodeBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?(.+?)\\s*$");

    /**
     * A heading and what is under it, up to the next heading of the same or a higher level.
     *
     * @param level 1 to 6
     * @param title the heading's text
     * @param line  its line, from 1
     * @param body  the text under it, subsections included
     */
    public record Section(int level, String title, int line, String body) {

        /** The bullet and numbered list items of the body, without their markers. */
        public List<String> bullets() {
            List<String> items = new ArrayList<>();
            boolean fenced = false;
            for (String line : body.lines().toList()) {
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                }
                Matcher m = BULLET.matcher(line);
                if (!fenced && m.matches()) {
                    items.add(m.group(1));
                }
            }
            return items;
        }

        /** The body's prose: its lines that are neither headings, list items, tables nor fences, joined. */
        public String prose() {
            StringBuilder out = new StringBuilder();
            for (String line : body.lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("|") || l.startsWith("```") || BULLET.matcher(line).matches()) {
                    if (l.startsWith("#")) {
                        break;
                    }
                    continue;
                }
                out.append(out.length() == 0 ? "" : " ").append(l);
            }
            return out.toString();
        }
    }

    private final String text;
    private final List<Section> sections;
    private final boolean fencesBalanced;

    private MarkdownOutline(String text, List<Section> sections, boolean fencesBalanced) {
        this.text = text;
        this.sections = List.copyOf(sections);
        this.fencesBalanced = fencesBalanced;
    }

    /** Reads a Markdown text. */
    public static MarkdownOutline parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        List<String> lines = text.lines().toList();
        List<int[]> heads = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean unclosedFence = false;
        for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FencedCodeBlock fence) {
                unclosedFence |= fence.getClosingFenceLength() == null;
            } else if (block instanceof Heading && block.getSourceSpans().size() == 1) {
                // one line: an ATX heading, not a setext one; its title is read from the line as written
                int line = block.getSourceSpans().get(0).getLineIndex();
                Matcher m = HEADING.matcher(lines.get(line));
                if (m.matches()) {
                    heads.add(new int[] {m.group(1).length(), line});
                    titles.add(m.group(2).replaceAll("[*_`]", "").strip());
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            int level = heads.get(h)[0];
            int start = heads.get(h)[1];
            int end = lines.size();
            for (int k = h + 1; k < heads.size(); k++) {
                if (heads.get(k)[0] <= level) {
                    end = heads.get(k)[1];
                    break;
                }
            }
            sections.add(new Section(level, titles.get(h), start + 1, String.join("\n", lines.subList(start + 1, end))));
        }
        return new MarkdownOutline(text, sections, !unclosedFence);
    }

    public String text() {
        return text;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The first level-1 heading's text, or the empty text. */
    public String title() {
        return sections.stream().filter(s -> s.level() == 1).map(Section::title).findFirst().orElse("");
    }

    /** Whether every code fence is closed. */
    public boolean fencesBalanced() {
        return fencesBalanced;
    }

    /** The first section whose heading contains any of the names, ignoring case and punctuation. */
    public Optional<Section> find(String... names) {
        for (Section s : sections) {
            String heading = normalize(s.title());
            for (String name : names) {
                if ((" " + heading + " ").contains(" " + normalize(name) + " ")) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** How many words the text has. */
    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Lower case, letters and digits only, words separated by one space, numbering removed. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").replaceAll("^\\s*\\d+\\s+", "").strip();
    }
}
