package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Workspace;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The static linter of HTML pages and the stylesheets they link. Rules (id, severity):
 * {@code doctype} (error; warning for a pre-HTML5 doctype), {@code html-lang}, {@code title},
 * {@code meta-charset} (errors), {@code meta-viewport} (warning), {@code duplicate-id},
 * {@code deprecated-element} (errors), {@code inline-style}, {@code inline-handler},
 * {@code empty-link}, {@code broken-fragment} (warnings), {@code missing-file} (error),
 * {@code parse-error} and {@code unclosed-element} (errors, from the parser), {@code unlinked-css}
 * (warning), and the checks of {@link CssLinter} on the linked stylesheets.
 */
public final class HtmlLinter {

    /** The rule ids, in the order reports list them. */
    public static final List<String> RULES = List.of("doctype", "html-lang", "title", "meta-charset", "meta-viewport",
            "duplicate-id", "deprecated-element", "inline-style", "inline-handler", "empty-link", "broken-fragment",
            "missing-file", "parse-error", "unclosed-element", "unlinked-css", "css-syntax", "css-empty-rule");

    private static final Set<String> DEPRECATED = Set.of("acronym", "applet", "basefont", "big", "blink", "center",
            "dir", "font", "frame", "frameset", "isindex", "marquee", "noframes", "spacer", "strike", "tt", "xmp");
    /** Elements whose end tag HTML lets authors leave out, and void elements. */
    private static final Set<String> END_TAG_OPTIONAL = Set.of("html", "head", "body", "p", "li", "dt", "dd", "option",
            "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final String REFERENCES = "a[href], link[href], img[src], script[src], source[src], iframe[src],"
            + " video[src], audio[src], track[src], embed[src]";

    private HtmlLinter() {
    }

    /** The findings on a page and its linked stylesheets, in {@link Finding#ORDER}. */
    public static List<Finding> lint(HtmlPage page, Workspace workspace) {
        List<Finding> findings = new ArrayList<>();
        String file = page.path();
        head(page, file, findings);
        elements(page, file, findings);
        references(page, workspace, file, findings);
        findings.addAll(page.parseErrors());
        PageStyles styles = PageStyles.of(page, workspace);
        findings.addAll(CssLinter.lint(styles.sheets()));
        unlinkedCss(page, workspace, findings);
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    private static void head(HtmlPage page, String file, List<Finding> findings) {
        DocumentType doctype = page.document().documentType();
        if (doctype == null) {
            findings.add(new Finding("doctype", Severity.ERROR, file, 1, file
                    + " has no doctype, so browsers render it in quirks mode; start the file with <!DOCTYPE html>"));
        } else if (!doctype.name().equalsIgnoreCase("html") || !doctype.publicId().isEmpty()) {
            findings.add(new Finding("doctype", Severity.WARNING, file, HtmlPage.line(page.document().child(0)), file
                    + " declares an old doctype; use <!DOCTYPE html>"));
        }
        Element html = page.document().selectFirst("html");
        if (html != null && html.attr("lang").isBlank()) {
            findings.add(new Finding("html-lang", Severity.ERROR, file, HtmlPage.line(html), "<html> at line "
                    + HtmlPage.line(html) + " has no lang attribute; add the page's language, e.g. <html lang=\"en\">"));
        }
        Element title = page.document().selectFirst("title");
        if (title == null || title.text().isBlank()) {
            findings.add(new Finding("title", Severity.ERROR, file, title == null ? 0 : HtmlPage.line(title), file
                    + " has no " + (title == null ? "" : "non-empty ") + "<title>; add one that names the page inside <head>"));
        }
        if (page.document().select("meta[charset], meta[http-equiv~=(?i)content-type]").isEmpty()) {
            findings.add(new Finding("meta-charset", Severity.ERROR, file, 0, file
                    + " does not declare its character encoding; add <meta charset=\"utf-8\"> first in <head>"));
        }
        if (page.document().select("meta[name~=(?i)^viewport$]").isEmpty()) {
            findings.add(new Finding("meta-viewport", Severity.WARNING, file, 0, file
                    + " has no viewport meta tag, so phones show it zoomed out; add"
                    + " <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        }
    }

    private static void elements(HtmlPage page, String file, List<Finding> findings) {
        Map<String, Integer> ids = new HashMap<>();
        for (Element e : page.document().getAllElements()) {
            if (e == page.document()) {
                continue;
            }
            int line = HtmlPage.line(e);
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            String id = e.id();
            if (!id.isEmpty()) {
                Integer first = ids.putIfAbsent(id, line);
                if (first != null) {
                    findings.add(new Finding("duplicate-id", Severity.ERROR, file, line, "id \"" + id + "\" at line "
                            + line + " is already used at line " + first + "; ids must be unique, rename one of them"));
                }
            }
            if (DEPRECATED.contains(tag)) {
                findings.add(new Finding("deprecated-element", Severity.ERROR, file, line, "<" + tag + "> at line "
                        + line + " is obsolete in HTML5; use semantic markup and CSS instead"));
            }
            if (e.hasAttr("style")) {
                findings.add(new Finding("inline-style", Severity.WARNING, file, line, "<" + tag + "> at line " + line
                        + " has an inline style; move it into the stylesheet as a class"));
            }
            for (Attribute attribute : e.attributes()) {
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    findings.add(new Finding("inline-handler", Severity.WARNING, file, line, "<" + tag + "> at line "
                            + line + " has an inline " + attribute.getKey() + " handler; attach it from a script with addEventListener"));
                }
            }
            if (e.endSourceRange().isImplicit() && !END_TAG_OPTIONAL.contains(tag) && e.sourceRange().isTracked()
                    && !e.sourceRange().isImplicit()) {
                findings.add(new Finding("unclosed-element", Severity.ERROR, file, line, "<" + tag + "> opened at line "
                        + line + " is never closed; add </" + tag + "> where its content ends"));
            }
        }
    }

    private static void references(HtmlPage page, Workspace workspace, String file, List<Finding> findings) {
        for (Element e : page.document().select(REFERENCES)) {
            String attribute = e.hasAttr("href") ? "href" : "src";
            String value = e.attr(attribute).strip();
            int line = HtmlPage.line(e);
            String tag = e.tagName();
            if (tag.equals("a") && (value.isEmpty() || value.equals("#"))) {
                findings.add(new Finding("empty-link", Severity.WARNING, file, line, "the link at line " + line
                        + " goes nowhere (href=\"" + value + "\"); point it at a real target, or use a <button> for an action"));
                continue;
            }
            if (value.startsWith("#")) {
                String target = value.substring(1);
                if (!target.equals("top") && page.document().getElementById(target) == null
                        && page.document().select("a[name=" + cssString(target) + "]").isEmpty()) {
                    findings.add(new Finding("broken-fragment", Severity.WARNING, file, line, "the link at line " + line
                            + " points to #" + target + ", but no element has id=\"" + target + "\"; add the id or fix the link"));
                }
                continue;
            }
            String local = Workspace.resolveFrom(file, value);
            if (local != null && !workspace.exists(local)) {
                findings.add(new Finding("missing-file", Severity.ERROR, file, line, "<" + tag + "> at line " + line
                        + " refers to " + value + " (" + local + "), which does not exist; add the file or fix the path"));
            }
        }
    }

    private static void unlinkedCss(HtmlPage page, Workspace workspace, List<Finding> findings) {
        String file = page.path();
        int slash = file.lastIndexOf('/');
        String folder = slash < 0 ? "" : file.substring(0, slash);
        List<String> linked = page.linkedStylesheets();
        for (String css : workspace.filesIn(folder)) {
            if (css.endsWith(".css") && !linked.contains(css)) {
                String name = css.substring(css.lastIndexOf('/') + 1);
                findings.add(new Finding("unlinked-css", Severity.WARNING, file, 0, css + " is beside " + file
                        + " but the page does not link it; add <link rel=\"stylesheet\" href=\"" + name
                        + "\"> to <head>, or remove the file"));
            }
        }
    }

    private static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
