package dev.baton.findings;

import dev.baton.role.Words;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A findings report in Markdown: title, Scope (files and rules), Summary (counts and result),
 * Findings (a table), Recommendations (one fix per rule, errors first) and, last, the
 * {@link FindingsBlock} that advisors read back.
 */
public final class FindingsReport {

    private FindingsReport() {
    }

    /**
     * The report.
     *
     * @param title    its heading, e.g. "Static lint report"
     * @param block    the tool, the files checked and the findings
     * @param rules    the rule ids the tool applies
     * @param scope    sentences on what was checked and what was not; may be empty
     */
    public static String write(String title, FindingsBlock block, List<String> rules, List<String> scope) {
        List<Finding> findings = block.findings();
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n## Scope\n\n");
        if (block.files().isEmpty()) {
            md.append("No file was checked.\n");
        } else {
            md.append("Checked ").append(Findings.plural(block.files().size(), "file")).append(":\n\n");
            block.files().forEach(f -> md.append("- `").append(f).append("`\n"));
        }
        scope.forEach(s -> md.append('\n').append(s).append('\n'));
        md.append("\nRules: ").append(String.join(", ", rules.stream().map(r -> "`" + r + "`").toList())).append(".\n");
        md.append("\n## Summary\n\n").append(Words.capitalize(Findings.tally(findings))).append(". Result: ")
                .append(Findings.noErrors(findings) ? "**pass**" : "**fail**").append(" (errors fail; warnings lower the score).")
                .append(" Score ").append(Findings.formatScore(Findings.score(findings))).append(".\n");
        md.append("\n## Findings\n\n");
        if (findings.isEmpty()) {
            md.append("No findings.\n");
        } else {
            md.append("| severity | rule | where | message |\n|---|---|---|---|\n");
            for (Finding f : findings) {
                md.append("| ").append(f.severity().label()).append(" | `").append(f.rule()).append("` | ")
                        .append(f.where()).append(" | ").append(cell(f.message())).append(" |\n");
            }
        }
        md.append("\n## Recommendations\n\n");
        Map<String, Finding> firstByRule = new LinkedHashMap<>();
        findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> firstByRule.putIfAbsent(f.rule(), f));
        findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> firstByRule.putIfAbsent(f.rule(), f));
        if (firstByRule.isEmpty()) {
            md.append("Nothing to fix.\n");
        } else {
            int n = 1;
            for (Finding f : firstByRule.values()) {
                long count = findings.stream().filter(x -> x.rule().equals(f.rule())).count();
                md.append(n++).append(". `").append(f.rule()).append("` (").append(f.severity().label())
                        .append(count > 1 ? ", " + count + " places" : "").append("): ").append(f.message()).append('\n');
            }
        }
        md.append("\n## Machine-readable findings\n\n").append(block.toMarkdown());
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
