package dev.baton.advisor.roles;

import dev.baton.agent.roles.DocumentKind;
import dev.baton.agent.roles.Finding;
import dev.baton.agent.roles.Findings;
import dev.baton.agent.roles.FindingsBlock;
import dev.baton.agent.roles.MarkdownOutline;
import dev.baton.agent.roles.SectionSpec;
import dev.baton.agent.roles.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A findings report: its structure (the sections of {@link DocumentKind#REPORT}, a fifth of the
 * score) and what it reports (the score its findings leave, four fifths). Each error it reports
 * is a critical issue: a report of errors is a failed quality gate.
 */
final class ReportInspection {

    private ReportInspection() {
    }

    static Inspection inspect(String path, String text) {
        FindingsBlock block = FindingsBlock.read(text).orElseThrow();
        MarkdownOutline outline = MarkdownOutline.parse(text);
        List<SectionSpec> specs = DocumentKind.REPORT.sections();
        long present = specs.stream().filter(s -> s.in(outline)).count();
        List<Finding> findings = block.findings();
        List<String> critical = new ArrayList<>();
        findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> critical.add("The report lists an error at " + f.where() + ": " + f.message()));
        List<String> suggestions = new ArrayList<>();
        specs.stream().filter(s -> !s.in(outline)).forEach(s -> suggestions.add(path + " has no '" + s.title()
                + "' section; add one with " + s.hint()));
        findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> suggestions.add(f.message()));
        double score = Math.round((0.2 * present / specs.size() + 0.8 * Findings.score(findings)) * 100) / 100.0;
        return new Inspection(path, OutputKind.REPORT, score, Inspections.capped(critical), Inspections.capped(suggestions),
                path + " (" + block.tool() + " of " + Findings.plural(block.files().size(), "file") + ") reports "
                        + Findings.tally(findings) + "; " + present + " of " + specs.size() + " report sections");
    }
}
