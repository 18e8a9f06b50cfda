package dev.baton.code;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Inputs;
import dev.baton.scoring.OutputKind;
import dev.baton.web.HtmlPage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Architecture checks of generated files: content and style kept apart (inline styles, style and
 * script blocks over 20 lines, a page with no linked stylesheet), sizes (files over 100 KB or 500
 * lines, Python functions over 60 lines), and duplicated blocks (the same 6 substantial lines in
 * two places). All warnings but a file over 1 MB, which is an error.
 */
final class ArchitectureChecker {

    static final int WINDOW = 6;
    private static final Pattern PY_DEF = Pattern.compile("^(\\s*)def\\s+(\\w+)");

    private ArchitectureChecker() {
    }

    /** The findings over a set of files, path to text. */
    static List<Finding> check(Map<String, String> files) {
        List<Finding> findings = new ArrayList<>();
        files.forEach((path, text) -> {
            size(path, text, findings);
            if (Inputs.isHtml(path) || OutputKind.ofText(path.toLowerCase(Locale.ROOT), text) == OutputKind.HTML) {
                separation(path, text, findings);
            }
            if (path.endsWith(".py")) {
                functions(path, text, findings);
            }
        });
        duplicates(files, findings);
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static void size(String path, String text, List<Finding> findings) {
        int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long lines = text.lines().count();
        if (bytes > 1_000_000) {
            findings.add(new Finding("file-size", Severity.ERROR, path, 0, path + " is " + bytes / 1024 + " KB; split it into modules"));
        } else if (bytes > 100_000 || lines > 500) {
            findings.add(new Finding("file-size", Severity.WARNING, path, 0, path + " has " + lines + " lines (" + bytes / 1024
                    + " KB); split it so each file holds one idea"));
        }
    }

    private static void separation(String path, String html, List<Finding> findings) {
        HtmlPage page = HtmlPage.parse(path, html);
        int inline = page.document().select("[style]").size();
        if (inline > 0) {
            findings.add(new Finding("inline-style", Severity.WARNING, path, HtmlPage.line(page.document().selectFirst("[style]")),
                    path + " has " + inline + " inline style attribute(s); move the styling into the stylesheet as classes"));
        }
        for (Element block : page.document().select("style, script:not([src])")) {
            long lines = block.data().lines().count();
            if (lines > 20) {
                findings.add(new Finding("embedded-block", Severity.WARNING, path, HtmlPage.line(block), path + " embeds a "
                        + lines + "-line <" + block.tagName() + "> block at line " + HtmlPage.line(block) + "; move it to its own file"));
            }
        }
        if (page.linkedStylesheets().isEmpty() && !page.document().select("style, [style]").isEmpty()) {
            findings.add(new Finding("no-stylesheet", Severity.WARNING, path, 0, path + " styles itself but links no"
                    + " stylesheet; put the styles in a .css file beside it and link it"));
        }
    }

    private static void functions(String path, String source, List<Finding> findings) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PY_DEF.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            int indent = m.group(1).length();
            int end = i + 1;
            while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).length() - lines.get(end).stripLeading().length() > indent)) {
                end++;
            }
            if (end - i > 60) {
                findings.add(new Finding("function-size", Severity.WARNING, path, i + 1, path + " line " + (i + 1) + ": "
                        + m.group(2) + " is " + (end - i) + " lines long; split it into smaller functions"));
            }
        }
    }

    private static void duplicates(Map<String, String> files, List<Finding> findings) {
        Map<String, String> seen = new HashMap<>();
        List<String> reported = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            List<String> lines = file.getValue().lines().toList();
            List<int[]> substantial = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().length() >= 12) {
                    substantial.add(new int[] {i});
                }
            }
            for (int k = 0; k + WINDOW <= substantial.size(); k++) {
                StringBuilder key = new StringBuilder();
                for (int j = 0; j < WINDOW; j++) {
                    key.append(lines.get(substantial.get(k + j)[0]).strip()).append('\n');
                }
                String where = file.getKey() + ":" + (substantial.get(k)[0] + 1);
                String first = seen.putIfAbsent(key.toString(), where);
                if (first != null && !reported.contains(first)) {
                    reported.add(first);
                    findings.add(new Finding("duplication", Severity.WARNING, file.getKey(), substantial.get(k)[0] + 1,
                            where + " repeats " + WINDOW + " lines that are also at " + first + "; keep one copy and reuse it"));
                    k += WINDOW - 1;
                }
            }
        }
    }
}
