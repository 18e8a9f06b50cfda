package dev.baton.web;

import dev.baton.role.Workspace;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSS a page uses: the local stylesheets it links that exist in the workspace, then its
 * {@code <style>} blocks, in document order; and the linked local stylesheets that are missing.
 */
public final class PageStyles {

    private final List<CssSheet> sheets = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    private PageStyles() {
    }

    /** The styles of a page, reading linked stylesheets from the workspace. */
    public static PageStyles of(HtmlPage page, Workspace workspace) {
        PageStyles styles = new PageStyles();
        for (String href : page.linkedStylesheets()) {
            workspace.text(href).ifPresentOrElse(text -> styles.sheets.add(CssSheet.parse(href, text, 1)),
                    () -> styles.missing.add(href));
        }
        for (Element style : page.document().select("style")) {
            styles.sheets.add(CssSheet.parse(page.path(), style.data(), HtmlPage.line(style)));
        }
        return styles;
    }

    public List<CssSheet> sheets() {
        return List.copyOf(sheets);
    }

    /** Linked local stylesheets that are not in the workspace. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** The custom properties of every sheet, later sheets overriding earlier ones. */
    public Map<String, String> customProperties() {
        Map<String, String> vars = new LinkedHashMap<>();
        sheets.forEach(s -> vars.putAll(s.customProperties()));
        return vars;
    }
}
