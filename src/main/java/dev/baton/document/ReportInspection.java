package dev.baton.document;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.FindingsBlock;
import dev.baton.findings.Severity;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A findings report: its structure (the sections of {@link DocumentKind#REPORT}, a fifth of the
 * score) and what it reports (the score its findings leave, four fifths). Each error it reports
 * is a critical issue: a report of errors is a failed quality gate.
 */
public final class ReportInspection {

    private ReportInspection() {
    }

    /**
     * The inspection of a findings report.
     *
     * @throws java.util.NoSuchElementException when the text has no findings block
     */
    public static Inspection inspect(String path, String text) {
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
        return new Inspection(path, OutputKind.REPORT, score, Inspection.capped(critical), Inspection.capped(suggestions),
                path + " (" + block.tool() + " of " + Findings.plural(block.files().size(), "file") + ") reports "
                        + Findings.tally(findings) + "; " + present + " of " + specs.size() + " report sections");
    }
}
