package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.role.Workspace;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML page checked by the linter and the accessibility audit together (its linked stylesheets
 * included): the score is what their findings leave ({@link Findings#score}); errors are critical
 * issues, warnings suggestions. The audit's {@code page-lang} is dropped where the linter already
 * reports {@code html-lang}, so one missing attribute counts once.
 */
public final class PageInspection {

    private PageInspection() {
    }

    /** The findings of both checkers on one page. */
    static List<Finding> findings(String path, String html, Workspace workspace) {
        HtmlPage page = HtmlPage.parse(path, html);
        List<Finding> findings = new ArrayList<>(HtmlLinter.lint(page, workspace));
        boolean langReported = findings.stream().anyMatch(f -> f.rule().equals("html-lang"));
        AccessibilityAuditor.audit(page, workspace).stream()
                .filter(f -> !(langReported && f.rule().equals("page-lang"))).forEach(findings::add);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** The inspection of a page: the findings of both checkers, with its linked stylesheets read from the workspace. */
    public static Inspection inspect(String path, String html, Workspace workspace) {
        List<Finding> findings = findings(path, html, workspace);
        return Inspection.fromFindings(path, OutputKind.HTML, findings, path + ": " + Findings.tally(findings) + " from the linter and the WCAG 2.1 audit");
    }

}
