package dev.baton.code;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.findings.FindingsBlock;
import dev.baton.findings.FindingsReport;
import dev.baton.message.Msg;
import dev.baton.role.FileRoles;
import dev.baton.role.Inputs;
import dev.baton.role.TextOutput;
import dev.baton.role.Workspace;
import dev.baton.web.HtmlLinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's {@code StaticLinterAgent}: lints the files of its inputs (every one must exist), or,
 * without inputs, the upstream artifacts: HTML pages with the stylesheets they link
 * ({@link HtmlLinter}: doctype, lang, title, meta tags, duplicate ids, deprecated elements,
 * inline styles and handlers, empty links, missing local files, parser errors, unclosed elements,
 * unlinked CSS) and other source files ({@link CodeLinter}). Output: a Markdown report
 * ({@link FindingsReport}) whose last block holds the findings as JSON, for advisors; written to
 * each declared output. With nothing it can lint it fails, naming what it looked at.
 */
@ApplicationScoped
@Named("baton.agent.StaticLinterAgent")
public class StaticLinterAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        List<String> candidates = Inputs.files(request);
        LintRun lint = LintRun.of(Workspace.of(request.runFolder()), candidates);
        if (lint.files().isEmpty()) {
            throw new AgentException(Msg.ROLE_NO_INPUTS.format(request.stage(), "StaticLinterAgent",
                    "no HTML page, stylesheet or source file among " + (candidates.isEmpty() ? "its inputs or the upstream artifacts (none)"
                            : String.join(", ", candidates)) + "; declare the files to lint under input:"));
        }
        List<String> scope = new ArrayList<>();
        candidates.stream().filter(c -> !lint.files().contains(c))
                .forEach(c -> scope.add("Not linted: `" + c + "` (" + FileRoles.describe(c) + ", not a page or source file)."));
        String report = FindingsReport.write("Static lint report", new FindingsBlock("static-lint", lint.files(), lint.findings()),
                lint.rules(), scope);
        return TextOutput.of(report, request.outputs());
    }
}
