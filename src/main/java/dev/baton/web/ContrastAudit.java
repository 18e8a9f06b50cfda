package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour contrast (WCAG 2.1 success criterion 1.4.3) of the declared colours: every CSS rule and
 * inline style that declares both {@code color} and {@code background}/{@code background-color},
 * with {@code var(--x)} resolved from the custom properties of {@code :root}. Text needs 4.5:1,
 * large text (at least 24 px, or 18.66 px bold, as the same rule declares) 3:1. A pair below is a
 * {@code contrast} error that names a colour that would pass; a pair whose colours cannot be
 * judged (gradients, transparency, unknown names) is a note.
 */
public final class ContrastAudit {

    private static final Pattern SIZE = Pattern.compile("([\\d.]+)\\s*(px|rem|em|pt)");

    private ContrastAudit() {
    }

    /** The contrast findings of a page's styles and inline styles. */
    public static List<Finding> audit(HtmlPage page, PageStyles styles) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> vars = styles.customProperties();
        for (CssSheet sheet : styles.sheets()) {
            for (CssRule rule : sheet.rules()) {
                check(sheet.file(), rule.line(), "'" + rule.selector() + "'", rule.declarations(), vars, findings);
            }
        }
        for (Element e : page.document().select("[style]")) {
            Map<String, String> declarations = CssSheet.parse(page.path(), "x{" + e.attr("style") + "}", 1).rules()
                    .stream().findFirst().map(CssRule::declarations).orElse(Map.of());
            int line = HtmlPage.line(e);
            check(page.path(), line, "the inline style of <" + e.tagName() + ">", declarations, vars, findings);
        }
        return findings;
    }

    private static void check(String file, int line, String what, Map<String, String> declarations,
                              Map<String, String> vars, List<Finding> findings) {
        String color = declarations.get("color");
        String background = declarations.containsKey("background-color") ? declarations.get("background-color")
                : declarations.get("background");
        if (color == null || background == null) {
            return;
        }
        Optional<Rgb> fg = CssColor.parse(CssSheet.resolve(color, vars));
        Optional<Rgb> bg = CssColor.ofBackground(CssSheet.resolve(background, vars));
        if (fg.isEmpty() || bg.isEmpty()) {
            findings.add(new Finding("contrast", Severity.NOTE, file, line, file + " line " + line + ": the contrast of "
                    + what + " (color " + color + " on " + background + ") cannot be computed; check it by hand"));
            return;
        }
        boolean large = isLarge(declarations);
        double required = large ? Contrast.LARGE_TEXT : Contrast.NORMAL_TEXT;
        double ratio = Contrast.ratio(fg.get(), bg.get());
        if (ratio < required) {
            Rgb better = Contrast.adjust(fg.get(), bg.get(), required);
            findings.add(new Finding("contrast", Severity.ERROR, file, line, file + " line " + line + ": " + what
                    + " sets text " + fg.get().hex() + " on " + bg.get().hex() + ", contrast " + Contrast.format(ratio, required)
                    + ", below the " + (large ? "3:1" : "4.5:1") + " WCAG 2.1 AA needs for " + (large ? "large" : "normal")
                    + " text (1.4.3); use " + better.hex() + " or " + (Contrast.textOn(bg.get()).equals(Rgb.BLACK) ? "darker" : "lighter")
                    + " for the text"));
        }
    }

    /** Whether the declarations make large text: 24 px, or 18.66 px and bold (1rem = 1em = 16 px, 1pt = 4/3 px). */
    static boolean isLarge(Map<String, String> declarations) {
        String size = declarations.get("font-size");
        if (size == null) {
            return false;
        }
        Matcher m = SIZE.matcher(size.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return false;
        }
        double value = Double.parseDouble(m.group(1));
        double px = switch (m.group(2)) {
            case "rem", "em" -> value * 16;
            case "pt" -> value * 4 / 3;
            default -> value;
        };
        String weight = declarations.getOrDefault("font-weight", "").strip();
        boolean bold = weight.equals("bold") || weight.equals("bolder") || weight.matches("[7-9]00");
        return px >= 24 || (bold && px >= 18.66);
    }
}
