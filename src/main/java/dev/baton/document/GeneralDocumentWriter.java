package dev.baton.document;

import dev.baton.role.FileRoles;
import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafts a document of a kind no other writer knows: a title from the task, an Overview of the
 * idea, one section per requested item (known items get content, others say what input they
 * need), the upstream material it builds on, and open questions.
 */
public final class GeneralDocumentWriter {

    private GeneralDocumentWriter() {
    }

    /** The document for an assignment. */
    public static String write(Assignment a) {
        String ask = a.task().ask().isBlank() ? a.request().stage() : a.task().ask().replaceAll("[.:]+$", "");
        StringBuilder md = new StringBuilder("# ").append(Words.capitalize(ask)).append("\n\n## Overview\n\n");
        md.append("This document answers the task \"").append(ask).append("\" for ").append(a.ideaPhrase())
                .append(a.design().brandGiven() ? " (" + a.design().brand() + ")" : "").append('.');
        a.product().map(ProductFacts::summary).filter(s -> !s.isBlank()).ifPresent(s -> md.append(' ').append(s));
        md.append("\n\n");
        List<String> questions = new ArrayList<>();
        for (String item : a.task().requested()) {
            md.append(ExtraSections.write(item, a));
            if (!ExtraSections.knows(item)) {
                questions.add("What should \"" + item.strip() + "\" cover?");
            }
        }
        if (a.task().requested().isEmpty()) {
            md.append("## Features\n\n");
            a.features().forEach(f -> md.append("- **").append(f.title()).append("**: ").append(f.description()).append('\n'));
            md.append('\n');
        }
        List<String> files = a.knownFiles();
        if (!a.upstream().isEmpty() || !files.isEmpty()) {
            md.append("## Sources\n\n");
            a.upstream().stages().forEach(s -> md.append("- Stage ").append(s.name()).append(s.artifacts().isEmpty() ? ""
                    : ": " + String.join(", ", s.artifacts().stream().map(p -> "`" + p + "`").toList())).append('\n'));
            a.request().inputs().forEach(p -> md.append("- Input `").append(p).append("`: ").append(FileRoles.describe(p)).append('\n'));
            md.append('\n');
        }
        md.append(FeedbackSection.write(a.feedback(), md.toString(), questions));
        if (!questions.isEmpty()) {
            md.append("## Open Questions\n\n");
            for (int i = 0; i < questions.size(); i++) {
                md.append(i + 1).append(". ").append(questions.get(i)).append('\n');
            }
        }
        return md.toString();
    }
}
