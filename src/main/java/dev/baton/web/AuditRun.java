package dev.baton.web;

import dev.baton.findings.CheckRun;
import dev.baton.findings.Finding;
import dev.baton.role.Inputs;
import dev.baton.role.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of the accessibility audit over the HTML pages among some files. Used by the audit
 * agent and by the advisors that check its report.
 *
 * @param files    the pages audited, each followed by the stylesheets it links
 * @param findings the findings, in {@link Finding#ORDER}
 */
public record AuditRun(List<String> files, List<Finding> findings) implements CheckRun {

    public AuditRun {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** Audits the pages among the given files of a workspace. */
    public static AuditRun of(Workspace workspace, List<String> paths) {
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String path : paths) {
            if (!Inputs.isHtml(path) || files.contains(path)) {
                continue;
            }
            HtmlPage page = HtmlPage.parse(path, workspace.text(path).orElse(""));
            files.add(path);
            page.linkedStylesheets().stream().filter(workspace::exists).filter(css -> !files.contains(css)).forEach(files::add);
            findings.addAll(AccessibilityAuditor.audit(page, workspace));
        }
        findings.sort(Finding.ORDER);
        return new AuditRun(files, findings);
    }
}
