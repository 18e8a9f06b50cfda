package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Workspace;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * WCAG 2.1 oriented checks of a page. Rules (id, severity, success criterion):
 * {@code img-alt} (error, 1.1.1), {@code form-label} (error, 1.3.1/4.1.2), {@code heading-h1}
 * (error without one, warning for several), {@code heading-order} (warning for a skipped level,
 * 1.3.1), {@code page-lang} (error, 3.1.1), {@code link-name} (error, 2.4.4/4.1.2),
 * {@code link-text} (warning for text such as "click here", 2.4.4), {@code button-name} (error,
 * 4.1.2), {@code frame-title} (error, 4.1.2), {@code landmark-main} (warning, 1.3.1), and the
 * colour contrast checks of {@link ContrastAudit} (1.4.3).
 */
public final class AccessibilityAuditor {

    /** The rule ids, in the order reports list them. */
    public static final List<String> RULES = List.of("img-alt", "form-label", "heading-h1", "heading-order", "page-lang",
            "link-name", "link-text", "button-name", "frame-title", "landmark-main", "contrast");

    private static final Set<String> UNLABELLED_INPUTS = Set.of("hidden", "submit", "reset", "button", "image");
    private static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "here", "click", "read more", "more",
            "link", "this link", "learn more", "this", "go");

    private AccessibilityAuditor() {
    }

    /** The findings on a page, its linked stylesheets read from the workspace, in {@link Finding#ORDER}. */
    public static List<Finding> audit(HtmlPage page, Workspace workspace) {
        List<Finding> findings = new ArrayList<>();
        String file = page.path();
        images(page, file, findings);
        formFields(page, file, findings);
        headings(page, file, findings);
        Element html = page.document().selectFirst("html");
        if (html != null && html.attr("lang").isBlank()) {
            findings.add(new Finding("page-lang", Severity.ERROR, file, HtmlPage.line(html), "the page does not say its"
                    + " language, so screen readers may read it with the wrong voice; add lang=\"en\" (or the right code) to <html>"));
        }
        links(page, file, findings);
        buttons(page, file, findings);
        for (Element frame : page.document().select("iframe:not([title]), iframe[title~=^\\s*$]")) {
            int line = HtmlPage.line(frame);
            findings.add(new Finding("frame-title", Severity.ERROR, file, line, "<iframe> at line " + line
                    + " has no title; add title=\"…\" saying what it shows"));
        }
        if (page.document().select("main, [role=main]").isEmpty()) {
            findings.add(new Finding("landmark-main", Severity.WARNING, file, 0, file + " has no <main> landmark; wrap"
                    + " the page's main content in <main> so keyboard and screen-reader users can jump to it"));
        }
        findings.addAll(ContrastAudit.audit(page, PageStyles.of(page, workspace)));
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    private static void images(HtmlPage page, String file, List<Finding> findings) {
        for (Element img : page.document().select("img:not([alt]), input[type=image]:not([alt])")) {
            int line = HtmlPage.line(img);
            String src = img.attr("src");
            findings.add(new Finding("img-alt", Severity.ERROR, file, line, "<" + img.tagName() + "> at line " + line
                    + (src.isEmpty() ? "" : " (" + src + ")") + " has no alt text; describe the image in alt=\"…\","
                    + " or use alt=\"\" if it is decorative"));
        }
    }

    private static void formFields(HtmlPage page, String file, List<Finding> findings) {
        for (Element field : page.document().select("input, select, textarea")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (field.tagName().equals("input") && UNLABELLED_INPUTS.contains(type)) {
                continue;
            }
            if (hasLabel(page, field)) {
                continue;
            }
            int line = HtmlPage.line(field);
            String what = field.tagName().equals("input") ? "<input type=\"" + (type.isEmpty() ? "text" : type) + "\""
                    + (field.attr("name").isEmpty() ? "" : " name=\"" + field.attr("name") + "\"") + ">" : "<" + field.tagName() + ">";
            findings.add(new Finding("form-label", Severity.ERROR, file, line, what + " at line " + line + " has no label;"
                    + " add <label for=\"" + (field.id().isEmpty() ? "its-id" : field.id()) + "\">…</label>"
                    + (field.id().isEmpty() ? " and give the field that id" : "") + ", or aria-label=\"…\""));
        }
    }

    private static boolean hasLabel(HtmlPage page, Element field) {
        if (!field.attr("aria-label").isBlank()) {
            return true;
        }
        String labelledBy = field.attr("aria-labelledby").strip();
        if (!labelledBy.isEmpty()) {
            for (String id : labelledBy.split("\\s+")) {
                Element label = page.document().getElementById(id);
                if (label != null && !label.text().isBlank()) {
                    return true;
                }
            }
        }
        if (!field.id().isEmpty()) {
            for (Element label : page.document().select("label[for]")) {
                if (label.attr("for").equals(field.id()) && !label.text().isBlank()) {
                    return true;
                }
            }
        }
        Element wrapping = field.closest("label");
        return wrapping != null && !wrapping.text().isBlank();
    }

    private static void headings(HtmlPage page, String file, List<Finding> findings) {
        List<Element> headings = page.document().select("h1, h2, h3, h4, h5, h6");
        List<Element> ones = headings.stream().filter(h -> h.tagName().equals("h1")).toList();
        if (ones.isEmpty()) {
            findings.add(new Finding("heading-h1", Severity.ERROR, file, 0, file + " has no <h1>; give the page one"
                    + " top-level heading that says what it is about"));
        } else if (ones.size() > 1) {
            for (Element extra : ones.subList(1, ones.size())) {
                int line = HtmlPage.line(extra);
                findings.add(new Finding("heading-h1", Severity.WARNING, file, line, "<h1> at line " + line + " is the "
                        + "page's second top-level heading (the first is at line " + HtmlPage.line(ones.get(0))
                        + "); keep one <h1> and make this one an <h2>"));
            }
        }
        int previous = 0;
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                int line = HtmlPage.line(h);
                findings.add(new Finding("heading-order", Severity.WARNING, file, line, "<" + h.tagName() + "> \""
                        + abbreviate(h.text()) + "\" at line " + line + " skips from <h" + previous + "> to <h" + level
                        + ">; use <h" + (previous + 1) + "> so the outline has no gaps"));
            }
            previous = level;
        }
    }

    private static void links(HtmlPage page, String file, List<Finding> findings) {
        for (Element a : page.document().select("a[href]")) {
            int line = HtmlPage.line(a);
            String name = accessibleName(a);
            if (name.isBlank()) {
                findings.add(new Finding("link-name", Severity.ERROR, file, line, "the link to " + a.attr("href")
                        + " at line " + line + " has no text a screen reader can announce; add link text or aria-label=\"…\""));
            } else if (VAGUE_LINK_TEXT.contains(name.strip().toLowerCase(Locale.ROOT).replaceAll("[.!…]+$", ""))) {
                findings.add(new Finding("link-text", Severity.WARNING, file, line, "the link text \"" + name.strip()
                        + "\" at line " + line + " does not say where it goes; use words that name the destination"));
            }
        }
    }

    private static void buttons(HtmlPage page, String file, List<Finding> findings) {
        for (Element b : page.document().select("button, input[type=button], [role=button]")) {
            boolean named = b.tagName().equals("input") ? !b.attr("value").isBlank() || !b.attr("aria-label").isBlank()
                    : !accessibleName(b).isBlank();
            if (!named && b.attr("title").isBlank()) {
                int line = HtmlPage.line(b);
                findings.add(new Finding("button-name", Severity.ERROR, file, line, "the button at line " + line
                        + " has no accessible name; give it text, or aria-label=\"…\" when it shows only an icon"));
            }
        }
    }

    /** Text, aria-label, aria-labelledby, or the alt text of images inside. */
    private static String accessibleName(Element e) {
        if (!e.attr("aria-label").isBlank()) {
            return e.attr("aria-label");
        }
        if (!e.text().isBlank()) {
            return e.text();
        }
        StringBuilder alt = new StringBuilder();
        e.select("img[alt]").forEach(img -> alt.append(img.attr("alt")).append(' '));
        if (!e.attr("aria-labelledby").isBlank()) {
            alt.append(e.attr("aria-labelledby"));
        }
        return alt.toString().strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
