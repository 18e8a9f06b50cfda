package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The linter of stylesheets: their syntax problems ({@code css-syntax}, error) and rules that
 * declare nothing ({@code css-empty-rule}, warning).
 */
public final class CssLinter {

    private CssLinter() {
    }

    /** The findings on some stylesheets. */
    public static List<Finding> lint(List<CssSheet> sheets) {
        List<Finding> findings = new ArrayList<>();
        for (CssSheet sheet : sheets) {
            findings.addAll(sheet.problems());
            for (CssRule rule : sheet.rules()) {
                if (rule.declarations().isEmpty()) {
                    findings.add(new Finding("css-empty-rule", Severity.WARNING, sheet.file(), rule.line(), sheet.file()
                            + " line " + rule.line() + ": the rule '" + rule.selector() + "' declares nothing; remove it or give it declarations"));
                }
            }
        }
        return findings;
    }
}
