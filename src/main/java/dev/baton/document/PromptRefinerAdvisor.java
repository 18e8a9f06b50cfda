package dev.baton.document;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.findings.Findings;
import dev.baton.role.Words;
import dev.baton.scoring.ReviewedFiles;
import dev.baton.scoring.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed's {@code PromptRefinerAdvisor}: scores a prompt-like document (a refined prompt, or a
 * PRD when the panel puts it on one) by its structure (a goal, context, constraints, and an
 * acceptance checklist, under any of their usual headings), how many constraints and checkable
 * items it has, whether it names the idea and the design variables it was given, and whether it
 * answers each point of the review it should address: the stage's last review, else the reviews
 * of the stages upstream. Approved when there is no critical issue.
 */
@ApplicationScoped
@Named("baton.advisor.PromptRefinerAdvisor")
public class PromptRefinerAdvisor implements Advisor {

    /** Each quality with the headings that show it. */
    private static final Map<String, List<String>> PARTS = Map.of(
            "Goal", List.of("goal", "goals", "objective", "objectives", "summary", "task"),
            "Context", List.of("context", "background", "personas", "summary", "overview"),
            "Constraints", List.of("constraints", "non functional", "requirements", "rules"),
            "Acceptance Checklist", List.of("acceptance", "checklist", "definition of done"));
    private static final List<String> ORDER = List.of("Goal", "Context", "Constraints", "Acceptance Checklist");
    private static final Pattern CHECKABLE = Pattern.compile("^\\s*(?:[-*] \\[[ xX]]\\s+\\S|[-*].*\\bGiven\\b.+\\bthen\\b)");

    @Override
    public Review review(ReviewRequest request) {
        Assignment a = Assignment.of(request.attempt(), true);
        String file = ReviewedFiles.of(request).primary(request.attempt().outputs()).path();
        String text = ReviewedFiles.text(ReviewedFiles.of(request).primary(request.attempt().outputs()));
        MarkdownOutline outline = MarkdownOutline.parse(text);
        Scorecard card = new Scorecard();
        List<String> missing = new ArrayList<>();
        for (String part : ORDER) {
            if (outline.find(PARTS.get(part).toArray(String[]::new)).isEmpty()) {
                missing.add(part);
            }
        }
        card.measure("structure", 4, 1.0 - (double) missing.size() / ORDER.size());
        missing.forEach(p -> card.critical("The prompt (" + file + ") has no '" + p + "' section; add '## " + p + "' so the"
                + " next agent knows " + hint(p) + "."));
        int constraints = outline.find(PARTS.get("Constraints").toArray(String[]::new)).map(s -> s.bullets().size()).orElse(0);
        card.measure("constraints", 1, Math.min(1.0, constraints / 3.0)).fact("constraint_count", constraints);
        if (constraints < 3) {
            card.suggest("The prompt states " + constraints + " constraints; list at least 3 (accessibility, performance, security).");
        }
        long checks = text.lines().filter(l -> CHECKABLE.matcher(l).find()).count();
        card.measure("checklist", 2, Math.min(1.0, checks / 3.0)).fact("checklist_items", checks);
        if (checks == 0) {
            card.critical("The prompt has no checkable acceptance item; add '- [ ] …' items that say when the output is done.");
        } else if (checks < 3) {
            card.suggest("The prompt has " + checks + " checkable items; give at least 3.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> ideaWords = Words.keywords(a.idea());
        boolean named = ideaWords.isEmpty() || ideaWords.stream().filter(w -> lower.contains(Words.stem(w))).count() * 2 >= ideaWords.size();
        card.measure("idea_named", 1, named ? 1 : 0);
        if (!named) {
            card.critical("The prompt never names the product idea ('" + a.idea() + "'); state it in the Goal.");
        }
        List<String> design = new ArrayList<>();
        for (String key : List.of("brand", "primary_color", "tone", "font_family")) {
            Object value = request.attempt().memory().get(key);
            if (value != null && !String.valueOf(value).isBlank() && !lower.contains(String.valueOf(value).toLowerCase(Locale.ROOT))) {
                design.add(key + " (" + value + ")");
            }
        }
        long given = List.of("brand", "primary_color", "tone", "font_family").stream()
                .filter(k -> request.attempt().memory().get(k) != null).count();
        if (given > 0) {
            card.measure("design_variables", 1, 1.0 - (double) design.size() / given);
            design.forEach(d -> card.suggest("The prompt does not pass on the design variable " + d + "; list it under Design Variables."));
        }
        ReviewNotes notes = a.feedback();
        if (!notes.isEmpty()) {
            List<String> open = FeedbackCoverage.unanswered(notes.all(), text);
            card.measure("feedback_addressed", 3, 1.0 - (double) open.size() / notes.all().size()).fact("feedback_points", notes.all().size());
            open.forEach(p -> card.critical("The prompt does not address this point of " + notes.source() + ": '" + p
                    + "'; add it under 'Review Feedback Addressed' with the change it requires."));
        }
        return card.review("Measured the prompt " + file + ": score " + Findings.formatScore(card.score()) + ", "
                + (ORDER.size() - missing.size()) + " of " + ORDER.size() + " parts, " + checks + " checkable items"
                + (notes.isEmpty() ? "" : ", " + (notes.all().size() - FeedbackCoverage.unanswered(notes.all(), text).size())
                + " of " + notes.all().size() + " review points addressed") + ".");
    }

    private static String hint(String part) {
        return switch (part) {
            case "Goal" -> "what to produce";
            case "Context" -> "what is already decided";
            case "Constraints" -> "which rules the output must respect";
            default -> "when the output is done";
        };
    }
}
