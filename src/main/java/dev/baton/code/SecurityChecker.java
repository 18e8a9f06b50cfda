package dev.baton.code;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Inputs;
import dev.baton.scoring.OutputKind;
import dev.baton.web.HtmlPage;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security checks of generated files. Pages: inline scripts and event handlers (warnings: they
 * rule out a strict Content Security Policy), scripts, stylesheets and frames over {@code http://}
 * and forms that post over it (errors), other {@code http://} resources (warnings), and
 * {@code target="_blank"} without {@code rel="noopener"} (warning). Python: {@code eval}/{@code exec},
 * {@code pickle.loads}, {@code yaml.load} without a safe loader, {@code verify=False} (warnings) and
 * {@code shell=True} (error). Scripts: {@code eval}, {@code innerHTML} and {@code document.write}
 * (warnings). Every text file: strings that look like secrets (errors).
 */
final class SecurityChecker {

    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("AKIA[0-9A-Z]{16}"),
            Pattern.compile("-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}"),
            Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}"),
            Pattern.compile("\\bxox[baprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("(?i)\\b(?:password|passwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)\\b\\s*[:=]\\s*[\"'][^\"'\\s]{8,}[\"']"));
    private static final List<String[]> PYTHON = List.of(
            new String[] {"\\beval\\(", "warning", "eval() runs any text as code; parse the input instead"},
            new String[] {"\\bexec\\(", "warning", "exec() runs any text as code; call the code directly"},
            new String[] {"shell\\s*=\\s*True", "error", "shell=True lets input become shell commands; pass an argument list without a shell"},
            new String[] {"pickle\\.loads?\\(", "warning", "pickle can run code while loading; load untrusted data as JSON"},
            new String[] {"yaml\\.load\\((?![^)]*Loader)", "warning", "yaml.load without a safe loader can build any object; use yaml.safe_load"},
            new String[] {"verify\\s*=\\s*False", "warning", "verify=False turns off TLS certificate checks; keep verification on"});
    private static final List<String[]> SCRIPT = List.of(
            new String[] {"\\beval\\(", "warning", "eval() runs any text as code; parse the input instead"},
            new String[] {"\\.innerHTML\\s*=", "warning", "assigning innerHTML can inject markup; use textContent or build elements"},
            new String[] {"document\\.write\\(", "warning", "document.write can inject markup; build elements instead"});

    private SecurityChecker() {
    }

    /** The findings on one file; {@code text} is its content. */
    static List<Finding> check(String path, String text) {
        List<Finding> findings = new ArrayList<>();
        String p = path.toLowerCase(Locale.ROOT);
        if (Inputs.isHtml(p) || OutputKind.ofText(p, text) == OutputKind.HTML) {
            page(path, text, findings);
        }
        if (p.endsWith(".py")) {
            patterns(path, text, PYTHON, findings);
        }
        if (p.endsWith(".js") || p.endsWith(".mjs") || p.endsWith(".ts")) {
            patterns(path, text, SCRIPT, findings);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (Pattern secret : SECRETS) {
                if (secret.matcher(lines.get(i)).find()) {
                    findings.add(new Finding("secret", Severity.ERROR, path, i + 1, path + " line " + (i + 1)
                            + " holds what looks like a secret; remove it, rotate it, and read it from the environment"));
                    break;
                }
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static void page(String path, String html, List<Finding> findings) {
        HtmlPage page = HtmlPage.parse(path, html);
        for (Element e : page.document().getAllElements()) {
            int line = HtmlPage.line(e);
            String tag = e.tagName();
            if (tag.equals("script") && !e.hasAttr("src") && !e.data().isBlank()) {
                findings.add(new Finding("inline-script", Severity.WARNING, path, line, "the inline <script> at line " + line
                        + " rules out a strict Content Security Policy; move it to a .js file"));
            }
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    findings.add(new Finding("inline-handler", Severity.WARNING, path, line, "<" + tag + "> at line " + line
                            + " has an inline " + a.getKey() + " handler, which a strict Content Security Policy blocks; attach it from a script"));
                }
            }
            String url = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("action");
            if (url.toLowerCase(Locale.ROOT).startsWith("http://")) {
                boolean active = tag.equals("script") || tag.equals("link") || tag.equals("iframe") || tag.equals("form");
                findings.add(new Finding(tag.equals("form") ? "form-http" : "insecure-resource", active ? Severity.ERROR : Severity.WARNING,
                        path, line, "<" + tag + "> at line " + line + " uses " + url + " over plain HTTP"
                        + (tag.equals("form") ? ", so what users type travels unencrypted" : "") + "; use https://"));
            }
            if (tag.equals("a") && e.attr("target").equalsIgnoreCase("_blank")) {
                String rel = e.attr("rel").toLowerCase(Locale.ROOT);
                if (!rel.contains("noopener") && !rel.contains("noreferrer")) {
                    findings.add(new Finding("target-blank", Severity.WARNING, path, line, "the link at line " + line
                            + " opens a new tab without rel=\"noopener\", so the new page can control this one; add rel=\"noopener\""));
                }
            }
        }
    }

    private static void patterns(String path, String text, List<String[]> rules, List<Finding> findings) {
        List<String> lines = text.lines().toList();
        for (String[] rule : rules) {
            Pattern pattern = Pattern.compile(rule[0]);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("#") || line.strip().startsWith("//")) {
                    continue;
                }
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    findings.add(new Finding("unsafe-call", Severity.ofLabel(rule[1]), path, i + 1, path + " line " + (i + 1)
                            + ": " + rule[2]));
                }
            }
        }
    }
}
