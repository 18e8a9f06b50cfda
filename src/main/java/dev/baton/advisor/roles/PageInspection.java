package dev.baton.advisor.roles;

import dev.baton.agent.roles.AccessibilityAuditor;
import dev.baton.agent.roles.Finding;
import dev.baton.agent.roles.Findings;
import dev.baton.agent.roles.HtmlLinter;
import dev.baton.agent.roles.HtmlPage;
import dev.baton.agent.roles.Severity;
import dev.baton.agent.roles.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML page checked by the linter and the accessibility audit together (its linked stylesheets
 * included): the score is what their findings leave ({@link Findings#score}); errors are critical
 * issues, warnings suggestions. The audit's {@code page-lang} is dropped where the linter already
 * reports {@code html-lang}, so one missing attribute counts once.
 */
final class PageInspection {

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

    static Inspection inspect(String path, String html, Workspace workspace) {
        List<Finding> findings = findings(path, html, workspace);
        return fromFindings(path, OutputKind.HTML, findings, path + ": " + Findings.tally(findings) + " from the linter and the WCAG 2.1 audit");
    }

    /** An inspection whose score and points are a list of findings. */
    static Inspection fromFindings(String file, OutputKind kind, List<Finding> findings, String summary) {
        List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList();
        List<String> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::message).toList();
        return new Inspection(file, kind, Findings.score(findings), Inspections.capped(errors), Inspections.capped(warnings), summary);
    }
}
