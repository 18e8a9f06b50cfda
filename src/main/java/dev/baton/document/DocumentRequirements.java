package dev.baton.document;

import dev.baton.role.Words;
import dev.baton.scoring.Scorecard;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measures a document against what its kind needs ({@link DocumentKind}): its sections, its
 * length, whether it names the idea, whether it covers what the task requests, and whether it
 * answers the stage's last review; for a PRD also its user stories, acceptance criteria, their
 * testability (Given/When/Then, a number or "must", or a checklist item) and the non-functional areas; for a README a command or code example; for a
 * refined prompt its checklist.
 */
public final class DocumentRequirements {

    private static final Pattern STORY = Pattern.compile("(?i)\\bas an? [^,]+, i want .+?, so that ");
    private static final Pattern GIVEN = Pattern.compile("(?i)\\bgiven\\b.+\\bwhen\\b.+\\bthen\\b");
    private static final Pattern CHECK = Pattern.compile("^\\s*[-*] \\[[ xX]]\\s+\\S");
    private static final Pattern MEASURABLE = Pattern.compile("(?i)(\\d|\\bmust\\b|\\bshall\\b|\\bwithin\\b|\\bat least\\b|\\bno more than\\b)");

    private DocumentRequirements() {
    }

    /** Adds the measurements of a document to the card and says which kind it was judged as. */
    public static DocumentKind measure(Scorecard card, Assignment a, String file, String text) {
        DocumentKind kind = DocumentKind.of(a.request().task(), text, DocumentKind.DOCUMENT);
        MarkdownOutline outline = MarkdownOutline.parse(text);
        String label = kind.label();
        card.fact("kind", label);
        List<SectionSpec> specs = kind.sections();
        long present = specs.stream().filter(s -> s.in(outline)).count();
        card.measure("sections", 4, (double) present / specs.size());
        specs.stream().filter(s -> !s.in(outline)).forEach(s -> card.critical("The " + label + " (" + file + ") has no '"
                + s.title() + "' section; add one with " + s.hint() + "."));
        int words = outline.wordCount();
        card.measure("length", 1, Math.min(1.0, (double) words / kind.minimumWords()));
        if (words < kind.minimumWords()) {
            card.suggest("The " + label + " has " + words + " words; expand it to at least " + kind.minimumWords()
                    + " so that each section says enough to act on.");
        }
        if (kind != DocumentKind.REPORT) {
            List<String> ideaWords = Words.keywords(a.idea());
            String lower = text.toLowerCase(Locale.ROOT);
            long named = ideaWords.stream().filter(w -> lower.contains(Words.stem(w))).count();
            boolean mentions = ideaWords.isEmpty() || (double) named / ideaWords.size() >= 0.5;
            card.measure("idea_named", 1, mentions ? 1 : 0);
            if (!mentions) {
                card.critical("The " + label + " never names the product idea ('" + a.idea() + "'); say in its first"
                        + " section what is being built.");
            }
        }
        List<String> requested = a.task().requested();
        if (!requested.isEmpty()) {
            List<String> missing = requested.stream().filter(item -> !covers(text, item)).toList();
            card.measure("requested_items", 2, 1.0 - (double) missing.size() / requested.size());
            missing.forEach(item -> card.critical("The task asks for '" + item + "' but no section of the " + label
                    + " covers it; add a section '## " + item.replaceAll("\\(.*?\\)", "").strip() + "'."));
        }
        switch (kind) {
            case PRD -> prd(card, outline, text);
            case README -> {
                boolean example = text.contains("```") || text.contains("    $ ") || text.matches("(?s).*`[^`]+ [^`]+`.*");
                card.measure("example", 1, example ? 1 : 0);
                if (!example) {
                    card.suggest("The README shows no command or code; add one under Usage so a reader can try it.");
                }
            }
            case PROMPT -> {
                long checks = text.lines().filter(l -> CHECK.matcher(l).find()).count();
                card.measure("checklist_items", 1, Math.min(1.0, checks / 3.0));
                if (checks < 3) {
                    card.suggest("The prompt has " + checks + " checklist items ('- [ ] …'); give at least 3 checkable ones.");
                }
            }
            default -> {
            }
        }
        ReviewNotes last = ReviewNotes.of(a.request().stage(), a.request().memory(), false);
        if (!last.isEmpty()) {
            List<String> open = FeedbackCoverage.unanswered(last.all(), text);
            card.measure("last_review_answered", 2, 1.0 - (double) open.size() / last.all().size());
            open.forEach(p -> card.critical("The draft does not answer this point of the last review: '" + p
                    + "'; address it and say where."));
        }
        return kind;
    }

    /**
     * Whether a document has a section for an item: a heading that names it, or one that holds at
     * least half of its words ("Setup" covers "Setup instructions").
     */
    static boolean covers(String text, String item) {
        MarkdownOutline outline = MarkdownOutline.parse(text);
        if (outline.find(ExtraSections.heading(item)).isPresent()) {
            return true;
        }
        List<String> words = Words.keywords(item.replaceAll("\\(.*?\\)", "")).stream().map(Words::stem).toList();
        for (MarkdownOutline.Section s : outline.sections()) {
            List<String> heading = Words.keywords(s.title()).stream().map(Words::stem).toList();
            long shared = words.stream().filter(heading::contains).count();
            if (!words.isEmpty() && shared * 2 >= words.size()) {
                return true;
            }
        }
        return false;
    }

    private static void prd(Scorecard card, MarkdownOutline outline, String text) {
        long stories = STORY.matcher(text).results().count();
        card.measure("user_stories", 2, Math.min(1.0, stories / 3.0)).fact("user_story_count", stories);
        if (stories == 0) {
            card.critical("The PRD has no user story in the form 'As a …, I want …, so that …'; write at least 3.");
        } else if (stories < 3) {
            card.suggest("The PRD has " + stories + " user stories; write at least 3 to cover each persona's main need.");
        }
        String body = outline.find("acceptance criteria", "acceptance").map(MarkdownOutline.Section::body).orElse("");
        List<String> criteria = body.lines().filter(l -> l.matches("^\\s*(?:[-*+]|\\d+[.)])\\s+\\S.*")).toList();
        card.measure("acceptance_criteria", 2, Math.min(1.0, criteria.size() / 3.0)).fact("acceptance_criteria_count", criteria.size());
        if (criteria.isEmpty()) {
            card.critical("The PRD has no acceptance criteria; list them under 'Acceptance Criteria' as Given/When/Then or a checklist.");
        } else if (criteria.size() < 3) {
            card.suggest("The PRD has " + criteria.size() + " acceptance criteria; give each user story at least one.");
        }
        long testable = criteria.stream().filter(c -> GIVEN.matcher(c).find() || MEASURABLE.matcher(c).find()
                || CHECK.matcher(c).find()).count();
        card.measure("testability", 1, criteria.isEmpty() ? 0 : (double) testable / criteria.size());
        if (testable < criteria.size()) {
            card.suggest((criteria.size() - testable) + " acceptance criteria are not testable as written; phrase each as"
                    + " Given/When/Then or with a number to measure.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> areas = List.of("performance", "accessibility", "security", "privacy");
        List<String> absent = areas.stream().filter(x -> !lower.contains(x)).toList();
        card.measure("non_functional_areas", 1, 1.0 - (double) absent.size() / areas.size());
        absent.forEach(x -> card.suggest("The PRD states no " + x + " requirement; add one under Non-Functional Requirements"
                + (x.equals("accessibility") ? " (WCAG 2.1 AA)." : ".")));
    }
}
