package dev.baton.code;

import dev.baton.findings.CheckRun;
import dev.baton.findings.Finding;
import dev.baton.role.Inputs;
import dev.baton.role.Workspace;
import dev.baton.web.HtmlLinter;
import dev.baton.web.HtmlPage;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of the static linter over a set of files: HTML pages with the stylesheets they link
 * ({@link HtmlLinter}), and other source files ({@link CodeLinter}). Used by the linter agent and
 * by the advisors that check its report.
 *
 * @param files    the files checked, pages first with their stylesheets after each
 * @param findings the findings, in {@link Finding#ORDER}
 */
public record LintRun(List<String> files, List<Finding> findings) implements CheckRun {

    public LintRun {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** Lints the given files of a workspace; files that are neither pages nor source files are skipped. */
    public static LintRun of(Workspace workspace, List<String> paths) {
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String path : paths) {
            if (Inputs.isHtml(path)) {
                HtmlPage page = HtmlPage.parse(path, workspace.text(path).orElse(""));
                add(files, path);
                page.linkedStylesheets().stream().filter(workspace::exists).forEach(css -> add(files, css));
                findings.addAll(HtmlLinter.lint(page, workspace));
            }
        }
        for (String path : paths) {
            if (!Inputs.isHtml(path) && CodeLinter.handles(path) && !files.contains(path)) {
                add(files, path);
                findings.addAll(CodeLinter.lint(path, workspace.text(path).orElse("")));
            }
        }
        findings.sort(Finding.ORDER);
        return new LintRun(files, findings);
    }

    /** The rule ids that applied: the HTML linter's when a page was checked, the code linter's when a source file was. */
    public List<String> rules() {
        List<String> rules = new ArrayList<>();
        if (files.stream().anyMatch(Inputs::isHtml)) {
            rules.addAll(HtmlLinter.RULES);
        }
        if (files.stream().anyMatch(f -> !Inputs.isHtml(f) && !f.endsWith(".css"))) {
            CodeLinter.RULES.stream().filter(r -> !rules.contains(r)).forEach(rules::add);
        }
        if (rules.isEmpty()) {
            rules.addAll(List.of("css-syntax", "css-empty-rule"));
        }
        return rules;
    }

    private static void add(List<String> files, String path) {
        if (!files.contains(path)) {
            files.add(path);
        }
    }
}
