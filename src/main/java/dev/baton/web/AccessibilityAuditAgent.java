package dev.baton.web;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.findings.Finding;
import dev.baton.findings.FindingsBlock;
import dev.baton.findings.FindingsReport;
import dev.baton.findings.Severity;
import dev.baton.message.Msg;
import dev.baton.role.Inputs;
import dev.baton.role.TextOutput;
import dev.baton.role.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's {@code AccessibilityAuditAgent}: audits the HTML pages among its inputs (every one
 * must exist), or, without inputs, among the upstream artifacts, against WCAG 2.1
 * ({@link AccessibilityAuditor}: alt text, form labels, headings, language, link and button
 * names, frames, the main landmark, and the contrast of declared colours in linked stylesheets
 * and style blocks). Output: a Markdown report ({@link FindingsReport}) ending with its findings
 * as JSON, written to each declared output. When the files it is given hold no page, the report
 * says so (a {@code no-page} note) and nothing is audited; with no files at all it fails.
 */
@ApplicationScoped
@Named("baton.agent.AccessibilityAuditAgent")
public class AccessibilityAuditAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        List<String> candidates = Inputs.files(request);
        if (candidates.isEmpty()) {
            throw new AgentException(Msg.ROLE_NO_INPUTS.format(request.stage(), "AccessibilityAuditAgent",
                    "it has no inputs and the stages upstream wrote no files; declare the page to audit under input:"));
        }
        AuditRun audit = AuditRun.of(Workspace.of(request.runFolder()), candidates);
        List<Finding> findings = new ArrayList<>(audit.findings());
        List<String> scope = new ArrayList<>();
        if (audit.files().isEmpty()) {
            String files = String.join(", ", candidates);
            findings.add(new Finding("no-page", Severity.NOTE, candidates.get(0), 0, "none of " + files
                    + " is an HTML page, so nothing was audited; give this stage the page to audit as its input"));
            scope.add("No HTML page was among " + files + ".");
        }
        List<String> rules = new ArrayList<>(AccessibilityAuditor.RULES);
        String report = FindingsReport.write("Accessibility audit report (WCAG 2.1 AA)",
                new FindingsBlock("accessibility-audit", audit.files(), findings), rules, scope);
        return TextOutput.of(report, request.outputs());
    }
}
