package dev.baton.advisor.roles;

import dev.baton.agent.roles.CodeLinter;
import dev.baton.agent.roles.Finding;
import dev.baton.agent.roles.Findings;
import dev.baton.agent.roles.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file or stylesheet: the findings of {@link CodeLinter} (balanced brackets, Python
 * indentation and docstrings, tabs, long lines) decide its score; a script without a single
 * comment gets a warning, since nothing then says what it is for.
 */
final class CodeInspection {

    private CodeInspection() {
    }

    static Inspection inspect(String path, String source, OutputKind kind) {
        List<Finding> findings = new ArrayList<>(CodeLinter.lint(path, source));
        boolean script = path.endsWith(".js") || path.endsWith(".mjs") || path.endsWith(".ts");
        if (script && !source.contains("//") && !source.contains("/*")) {
            findings.add(new Finding("comments", Severity.WARNING, path, 0, path + " has no comment; say what the module"
                    + " is for and document its exported functions"));
        }
        int lines = (int) source.lines().count();
        return PageInspection.fromFindings(path, kind, findings, path + ": " + lines + " lines, " + Findings.tally(findings));
    }
}
