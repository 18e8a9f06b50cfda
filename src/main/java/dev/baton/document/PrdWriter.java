package dev.baton.document;

import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafts a product requirements document in Markdown: Summary, Goals, Personas, Features, User
 * Stories, Acceptance Criteria (Given/When/Then per story and a definition-of-done checklist),
 * Non-Functional Requirements (performance, accessibility WCAG 2.1 AA, security, privacy),
 * Scope (in and out), the sections the task requests beyond these, Brand and Design when a design
 * was given, the review feedback it answers on a retry, and Open Questions.
 */
public final class PrdWriter {

    private PrdWriter() {
    }

    /** The PRD for an assignment. */
    public static String write(Assignment a) {
        DomainProfile d = a.domain();
        StringBuilder md = new StringBuilder();
        md.append("# Product Requirements Document: ").append(Words.capitalize(a.idea())).append("\n\n");
        md.append("_Version 1 (MVP) · Brand: ").append(a.design().brand()).append(" · Tone: ")
                .append(a.design().tone().label()).append("_\n\n");
        md.append("## Summary\n\n").append(summary(a)).append("\n\n");
        md.append("## Goals\n\n");
        numbered(md, d.goals().stream().map(a::fill).toList());
        md.append("\n## Personas\n\n");
        d.personas().forEach(p -> md.append("- **").append(p.name()).append("**: needs ").append(a.fill(p.need())).append(".\n"));
        md.append("\n## Features\n\n");
        a.features().forEach(f -> md.append("- **").append(f.title()).append("**: ").append(a.fill(f.description())).append('\n'));
        md.append("\n## User Stories\n\n");
        List<Story> stories = d.stories();
        for (int i = 0; i < stories.size(); i++) {
            md.append("- **US-").append(i + 1).append("**: ").append(a.fill(stories.get(i).sentence())).append('\n');
        }
        md.append("\n## Acceptance Criteria\n\n");
        for (int i = 0; i < stories.size(); i++) {
            md.append("- **US-").append(i + 1).append("**: ").append(a.fill(stories.get(i).criterion())).append('\n');
        }
        md.append("\nDefinition of done:\n\n")
                .append("- [ ] Every acceptance criterion above passes as an automated or scripted test.\n")
                .append("- [ ] An automated accessibility audit reports no errors (WCAG 2.1 AA).\n")
                .append("- [ ] A static lint reports no errors.\n")
                .append("- [ ] The performance requirement below is measured and met.\n");
        md.append("\n## Non-Functional Requirements\n\n")
                .append("- **Performance**: ").append(d.performance()).append('\n')
                .append("- **Accessibility**: WCAG 2.1 level AA: text contrast at least 4.5:1 (3:1 for large text),")
                .append(" every function usable by keyboard with visible focus, labels on form fields, alt text on images,")
                .append(" one h1 and no skipped heading levels, the page language declared.\n")
                .append("- **Security**: HTTPS only; no secrets in source code; every input validated on the server;")
                .append(" dependencies kept patched; no inline scripts, so that a strict Content Security Policy is possible.\n")
                .append("- **Privacy**: collect only the personal data a feature needs, say why on the form that collects it,")
                .append(" no third-party tracking without consent, and delete data on request.\n")
                .append("- **Maintainability**: content, style and behaviour in separate files; brand colours and fonts")
                .append(" defined once as design variables.\n");
        md.append("\n## Scope\n\n### In scope\n\n");
        a.features().forEach(f -> md.append("- ").append(f.title()).append('\n'));
        md.append("\n### Out of scope\n\n");
        d.outOfScope().forEach(o -> md.append("- ").append(o).append('\n'));
        md.append('\n');
        List<String> questions = new ArrayList<>(d.questions());
        for (String item : a.task().requested()) {
            if (!covered(md.toString(), item)) {
                md.append(ExtraSections.write(item, a));
                if (!ExtraSections.knows(item)) {
                    questions.add("What should \"" + item.strip() + "\" cover?");
                }
            }
        }
        if (!covered(md.toString(), "brand and design") && a.design().brandGiven()) {
            md.append("## Brand and Design\n\n").append(DesignSection.body(a.design())).append('\n');
        }
        String feedback = FeedbackSection.write(a.feedback(), md.toString(), questions);
        md.append(feedback);
        md.append("## Open Questions\n\n");
        numbered(md, questions);
        return md.toString();
    }

    private static String summary(Assignment a) {
        String noun = a.domain().noun();
        String upstream = a.product().map(ProductFacts::summary).filter(s -> !s.isBlank()).map(s -> " " + s).orElse("");
        return "This document defines the first version of the " + noun + " for " + a.ideaPhrase()
                + (a.design().brandGiven() ? ", under the brand " + a.design().brand() : "") + ". It says who it is for,"
                + " what it must do, how each requirement will be tested, and what is left for later." + upstream;
    }

    /** Whether a section of the draft already answers a requested item ("goals" → "## Goals"). */
    static boolean covered(String draft, String item) {
        return MarkdownOutline.parse(draft).find(ExtraSections.heading(item)).isPresent();
    }

    private static void numbered(StringBuilder md, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            md.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
    }
}
