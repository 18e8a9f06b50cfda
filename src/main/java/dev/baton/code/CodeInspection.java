package dev.baton.code;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.Severity;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file or stylesheet: the findings of {@link CodeLinter} (balanced brackets, Python
 * indentation and docstrings, tabs, long lines) decide its score; a script without a single
 * comment gets a warning, since nothing then says what it is for.
 */
public final class CodeInspection {

    private CodeInspection() {
    }

    /** The inspection of a source file or stylesheet of that kind. */
    public static Inspection inspect(String path, String source, OutputKind kind) {
        List<Finding> findings = new ArrayList<>(CodeLinter.lint(path, source));
        boolean script = path.endsWith(".js") || path.endsWith(".mjs") || path.endsWith(".ts");
        if (script && !source.contains("//") && !source.contains("/*")) {
            findings.add(new Finding("comments", Severity.WARNING, path, 0, path + " has no comment; say what the module"
                    + " is for and document its exported functions"));
        }
        int lines = (int) source.lines().count();
        return Inspection.fromFindings(path, kind, findings, path + ": " + lines + " lines, " + Findings.tally(findings));
    }
}
