package dev.baton.document;

import dev.baton.role.Workspace;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.ReviewedFiles;
import dev.baton.scoring.Scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown or text document as a code reviewer sees it: a title, at least two sections, no
 * empty section, closed code fences, enough words for its kind, and local links that resolve.
 */
public final class DocumentInspection {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private DocumentInspection() {
    }

    /** The text without fenced code blocks and inline code spans, whose brackets are not links. */
    static String withoutCode(String text) {
        return text.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
    }

    /** The inspection of a document judged as {@code kind}, its local links resolved in the workspace. */
    public static Inspection inspect(String path, String text, DocumentKind kind, Workspace workspace) {
        MarkdownOutline outline = MarkdownOutline.parse(text);
        Scorecard card = new Scorecard();
        boolean titled = !outline.title().isBlank();
        card.measure("title", 1, titled ? 1 : 0);
        if (!titled) {
            card.suggest(path + " has no title; start it with '# ' and what the document is");
        }
        int sections = (int) outline.sections().stream().filter(s -> s.level() >= 2).count();
        card.measure("sections", 1, Math.min(1.0, sections / 2.0));
        if (sections < 2) {
            card.suggest(path + " has " + sections + " sections; organise it under '## ' headings");
        }
        List<String> empty = outline.sections().stream().filter(s -> s.body().isBlank()).map(MarkdownOutline.Section::title).toList();
        card.measure("non_empty_sections", 1, outline.sections().isEmpty() ? 1 : 1.0 - (double) empty.size() / outline.sections().size());
        empty.forEach(t -> card.suggest(path + ": the section '" + t + "' is empty; write it or remove it"));
        card.measure("code_fences", 1, outline.fencesBalanced() ? 1 : 0);
        if (!outline.fencesBalanced()) {
            card.critical(path + " opens a code fence (```) that is never closed; close it so the rest renders as text");
        }
        int words = outline.wordCount();
        card.measure("length", 1, Math.min(1.0, (double) words / kind.minimumWords()));
        if (words < kind.minimumWords()) {
            card.suggest(path + " has " + words + " words; a " + kind.label() + " usually needs at least " + kind.minimumWords());
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        Matcher m = LINK.matcher(withoutCode(text));
        while (m.find()) {
            String target = Workspace.resolveFrom(path.equals(ReviewedFiles.CONTENT) ? "x" : path, m.group(1));
            if (target != null) {
                links++;
                if (!workspace.exists(target)) {
                    broken.add(m.group(1));
                }
            }
        }
        card.measure("local_links", 1, links == 0 ? 1 : 1.0 - (double) broken.size() / links);
        broken.forEach(b -> card.suggest(path + " links to " + b + ", which is not in the run folder; fix the link or add the file"));
        return Inspection.of(path, OutputKind.MARKDOWN, card, path + ": " + words + " words, " + sections + " sections");
    }
}
