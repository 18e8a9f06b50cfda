package dev.baton.document;

import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a refined, structured prompt for the agents downstream: Goal, Context (from the upstream
 * requirements), Constraints, Design Variables, Review Feedback Addressed (each critical issue and
 * suggestion of the review it was given, turned into a requirement), Acceptance Checklist (one
 * checkable item per feature, quality gate and review point) and Output Format.
 */
public final class PromptWriter {

    private PromptWriter() {
    }

    /** The refined prompt for an assignment. */
    public static String write(Assignment a) {
        StringBuilder md = new StringBuilder("# Refined Prompt: ").append(Words.capitalize(a.idea())).append("\n\n");
        md.append("## Goal\n\nBuild the first version of the ").append(a.domain().noun()).append(" for ").append(a.ideaPhrase())
                .append(a.design().brandGiven() ? ", branded " + a.design().brand() : "")
                .append(", exactly as specified below, and nothing outside its scope.");
        if (!a.task().ask().isBlank()) {
            md.append(" Original request: \"").append(a.task().ask()).append("\".");
        }
        md.append("\n\n## Context\n\n");
        md.append("- **Product**: ").append(Words.capitalize(a.ideaPhrase())).append('\n');
        a.product().ifPresent(p -> {
            md.append("- **Requirements**: from ").append(p.source());
            md.append(p.summary().isBlank() ? "" : ": " + p.summary()).append('\n');
        });
        List<String> personas = a.product().map(ProductFacts::personas).filter(l -> !l.isEmpty())
                .orElse(a.domain().personas().stream().map(p -> p.name() + ": needs " + a.fill(p.need())).toList());
        md.append("- **Users**:\n");
        personas.forEach(p -> md.append("  - ").append(p.replace("**", "")).append('\n'));
        md.append("- **Features**:\n");
        a.features().forEach(f -> md.append("  - ").append(f.title()).append(": ").append(a.fill(f.description())).append('\n'));
        md.append("\n## Constraints\n\n")
                .append("1. Accessibility: WCAG 2.1 AA; text contrast at least 4.5:1 (3:1 for large text), labels on every")
                .append(" form field, alt text on every image, one h1 and no skipped heading levels, `lang` on the page.\n")
                .append("2. Performance: ").append(a.domain().performance()).append('\n')
                .append("3. Security: no inline scripts or event handlers, no secrets in code, HTTPS for every external resource,")
                .append(" `rel=\"noopener\"` on links that open new tabs.\n")
                .append("4. Privacy: collect only the data a feature needs and say why.\n")
                .append("5. Structure: content, style and behaviour in separate files; design values defined once.\n")
                .append("6. Copy: no lorem ipsum; where real content is missing, mark the placeholder clearly.\n");
        md.append("\n## Design Variables\n\n").append(DesignSection.body(a.design()));
        List<String> checks = new ArrayList<>();
        ReviewNotes notes = a.feedback();
        if (!notes.isEmpty()) {
            md.append("\n## ").append(FeedbackSection.TITLE).append("\n\nFrom ").append(notes.source()).append(":\n\n");
            int n = 1;
            for (String point : notes.all()) {
                String kind = notes.issues().contains(point) ? "Critical issue" : "Suggestion";
                md.append(n++).append(". ").append(kind).append(": \"").append(point).append("\"\n   → Requirement: ")
                        .append(requirement(point)).append('\n');
                checks.add("Addressed: " + point);
            }
        }
        md.append("\n## Acceptance Checklist\n\n");
        a.features().forEach(f -> md.append("- [ ] ").append(f.title()).append(" is implemented and visible to its users.\n"));
        md.append("- [ ] The static lint reports no errors.\n")
                .append("- [ ] The accessibility audit reports no errors, contrast included.\n")
                .append("- [ ] The design variables above are used, each defined once.\n");
        checks.forEach(c -> md.append("- [ ] ").append(c).append('\n'));
        md.append("\n## Output Format\n\n").append(switch (a.domain().key()) {
            case "api", "data", "tool" -> "Python modules with a docstring on every module, class and function, and tests"
                    + " for each acceptance criterion.\n";
            default -> "One semantic HTML5 page (`index.html`: header with navigation, main, footer) and one linked"
                    + " stylesheet (`styles.css`, mobile-first, flexbox/grid, colours as custom properties).\n";
        });
        return md.toString();
    }

    /**
     * A review point as a requirement: the fix it proposes (the text after its last ';'), else the
     * point itself as something the output must resolve.
     */
    static String requirement(String point) {
        String p = point.strip();
        int semicolon = p.lastIndexOf(';');
        if (semicolon > 0 && semicolon < p.length() - 3) {
            return Words.capitalize(p.substring(semicolon + 1).strip().replaceAll("\\.$", "")) + ".";
        }
        return "the output must resolve this: " + p.replaceAll("\\.$", "") + ".";
    }
}
