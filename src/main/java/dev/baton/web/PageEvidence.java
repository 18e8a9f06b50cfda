package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.role.Words;
import dev.baton.role.Workspace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a page shows for a word a task uses: "hero" is an element whose class or id says hero,
 * "mobile-first" is a {@code min-width} media query, "accessible" is an audit without errors,
 * "branding" is the brand's name in the header or footer… A word it has no rule for counts when
 * the page's text, attributes or styles contain it.
 */
public final class PageEvidence {

    private final Document doc;
    private final String css;
    private final String everything;
    private final List<Finding> lint;
    private final List<Finding> audit;
    private final String brand;
    private static final Map<String, Predicate<PageEvidence>> RULES = Map.ofEntries(
            Map.entry("hero", e -> e.any("[class*=hero], [id*=hero]")),
            Map.entry("headline", e -> e.any("h1")),
            Map.entry("cta", e -> e.any("button, a.button, [class*=cta], [class*=button]")),
            Map.entry("button", e -> e.any("button, a.button, [class*=button], [role=button]")),
            Map.entry("feature", e -> e.any("[id*=feature], [class*=feature]")),
            Map.entry("column", e -> e.css.contains("grid-template-columns") || e.css.contains("columns:")),
            Map.entry("testimonial", e -> e.any("[id*=testimonial], [class*=testimonial], blockquote")),
            Map.entry("footer", e -> e.any("footer")),
            Map.entry("header", e -> e.any("header")),
            Map.entry("brand", PageEvidence::showsBrand),
            Map.entry("branding", PageEvidence::showsBrand),
            Map.entry("responsive", e -> e.css.contains("@media") && e.any("meta[name=viewport]")),
            Map.entry("mobile-first", e -> e.css.matches("(?s).*@media[^{]*min-width.*")),
            Map.entry("mobile", e -> e.css.contains("@media") && e.any("meta[name=viewport]")),
            Map.entry("flexbox", e -> e.css.matches("(?s).*display:\\s*(inline-)?flex.*")),
            Map.entry("flex", e -> e.css.matches("(?s).*display:\\s*(inline-)?flex.*")),
            Map.entry("grid", e -> e.css.matches("(?s).*display:\\s*(inline-)?grid.*")),
            Map.entry("layout", e -> e.css.matches("(?s).*display:\\s*(inline-)?(flex|grid).*")),
            Map.entry("modern", e -> e.css.contains("--") || e.css.matches("(?s).*display:\\s*(flex|grid).*")),
            Map.entry("css", e -> !e.css.isBlank()),
            Map.entry("semantic", e -> e.any("header") && e.any("main") && e.any("footer")),
            Map.entry("html5", e -> e.doc.documentType() != null && e.doc.documentType().name().equalsIgnoreCase("html")),
            Map.entry("html", e -> true),
            Map.entry("accessible", e -> Findings.noErrors(e.audit)),
            Map.entry("accessibility", e -> Findings.noErrors(e.audit)),
            Map.entry("wcag", e -> Findings.noErrors(e.audit)),
            Map.entry("aria", e -> e.doc.getAllElements().stream().anyMatch(x -> x.attributes().asList().stream()
                    .anyMatch(a -> a.getKey().startsWith("aria-")))),
            Map.entry("label", e -> e.any("label, [aria-label]")),
            Map.entry("heading", e -> e.audit.stream().noneMatch(f -> f.rule().startsWith("heading"))),
            Map.entry("clean", e -> Findings.noErrors(e.lint) && !e.any("[style]")),
            Map.entry("maintainable", e -> Findings.noErrors(e.lint) && !e.any("[style]")),
            Map.entry("code", e -> true),
            Map.entry("section", e -> e.any("section")),
            Map.entry("nav", e -> e.any("nav")),
            Map.entry("navigation", e -> e.any("nav")),
            Map.entry("menu", e -> e.any("nav")),
            Map.entry("form", e -> e.any("form")),
            Map.entry("contact", e -> e.any("form, #contact, [class*=contact]")),
            Map.entry("image", e -> e.any("img, picture, svg")),
            Map.entry("font", e -> e.css.contains("font-family")),
            Map.entry("typography", e -> e.css.contains("font-family")),
            Map.entry("color", e -> e.css.contains("color")),
            Map.entry("colour", e -> e.css.contains("color")));

    private PageEvidence(Document doc, String css, String everything, List<Finding> lint, List<Finding> audit, String brand) {
        this.doc = doc;
        this.css = css;
        this.everything = everything;
        this.lint = lint;
        this.audit = audit;
        this.brand = brand;
    }

    /** The evidence of a page, its linked stylesheets read from the workspace. */
    public static PageEvidence of(String path, String html, Workspace workspace, String brand) {
        HtmlPage page = HtmlPage.parse(path, html);
        StringBuilder css = new StringBuilder();
        for (CssSheet sheet : PageStyles.of(page, workspace).sheets()) {
            sheet.rules().forEach(r -> {
                css.append(r.media()).append(' ').append(r.selector()).append('{');
                r.declarations().forEach((k, v) -> css.append(k).append(": ").append(v).append(';'));
                css.append("}\n");
            });
        }
        StringBuilder all = new StringBuilder(page.document().text()).append(' ');
        for (Element e : page.document().getAllElements()) {
            e.attributes().forEach(a -> all.append(a.getValue()).append(' '));
        }
        all.append(css);
        return new PageEvidence(page.document(), css.toString().toLowerCase(Locale.ROOT), all.toString().toLowerCase(Locale.ROOT),
                HtmlLinter.lint(page, workspace), AccessibilityAuditor.audit(page, workspace), brand);
    }

    /** Whether the page shows what the word asks for. */
    public boolean shows(String word) {
        String w = Words.stem(word.toLowerCase(Locale.ROOT));
        Predicate<PageEvidence> rule = RULES.containsKey(w) ? RULES.get(w) : RULES.get(word.toLowerCase(Locale.ROOT));
        return rule != null ? rule.test(this) : everything.contains(w);
    }

    private boolean any(String selector) {
        return !doc.select(selector).isEmpty();
    }

    private boolean showsBrand() {
        String b = brand == null ? "" : brand.toLowerCase(Locale.ROOT);
        String chrome = (doc.select("header").text() + " " + doc.select("footer").text()).toLowerCase(Locale.ROOT);
        return !b.isBlank() && chrome.contains(b);
    }
}
