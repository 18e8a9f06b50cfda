package dev.baton.skeleton;

import dev.baton.document.Feature;

import java.util.List;

/**
 * Writes a generated page as semantic, accessible HTML5: a skip link, a header with the brand
 * and a labelled navigation, one main landmark with one h1 and h2/h3 in order, a features list,
 * an about section, testimonials when the model has them, a contact form whose every field has a
 * label, a closing call-to-action band on marketing pages, and a footer with the brand. All text
 * is escaped; the only stylesheet is the linked one.
 */
public final class PageWriter {

    private PageWriter() {
    }

    /** The page, linking the stylesheet at {@code cssHref} (relative to the page). */
    public static String write(PageModel m, String cssHref) {
        String brand = Html.text(m.design().brand());
        String cta = Html.text(m.design().tone().callToAction());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("  <meta charset=\"utf-8\">\n")
                .append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("  <title>").append(Html.text(m.title())).append("</title>\n")
                .append("  <meta name=\"description\" content=\"").append(Html.text(m.description())).append("\">\n")
                .append("  <link rel=\"stylesheet\" href=\"").append(Html.text(cssHref)).append("\">\n")
                .append("</head>\n<body>\n")
                .append("  <a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("  <header class=\"site-header\">\n    <div class=\"container header-inner\">\n")
                .append("      <a class=\"brand\" href=\"").append(Html.text(m.selfHref())).append("\">").append(brand).append("</a>\n")
                .append("      <nav aria-label=\"Main\">\n        <ul class=\"nav-list\">\n")
                .append("          <li><a href=\"#features\">Features</a></li>\n");
        if (m.testimonials()) {
            h.append("          <li><a href=\"#testimonials\">Testimonials</a></li>\n");
        }
        h.append("          <li><a href=\"#about\">About</a></li>\n")
                .append("          <li><a href=\"#contact\">Contact</a></li>\n")
                .append("        </ul>\n      </nav>\n    </div>\n  </header>\n\n")
                .append("  <main id=\"main\">\n")
                .append("    <section class=\"hero\" aria-labelledby=\"hero-title\">\n      <div class=\"container\">\n")
                .append("        <h1 id=\"hero-title\">").append(Html.text(m.headline())).append("</h1>\n")
                .append(paragraph("        ", "<p class=\"lead\">", m.lead()))
                .append("        <a class=\"button cta\" href=\"#contact\">").append(cta).append("</a>\n")
                .append("      </div>\n    </section>\n\n");
        features(h, m);
        if (m.testimonials()) {
            testimonials(h, m);
        }
        h.append("    <section id=\"about\" class=\"section\" aria-labelledby=\"about-title\">\n      <div class=\"container\">\n")
                .append("        <h2 id=\"about-title\">About ").append(brand).append("</h2>\n")
                .append(paragraph("        ", "<p>", m.about()))
                .append("      </div>\n    </section>\n\n");
        if (m.marketing()) {
            h.append("    <section class=\"cta-band\" aria-labelledby=\"cta-title\">\n      <div class=\"container\">\n")
                    .append("        <h2 id=\"cta-title\">").append(Html.text(m.design().tone().closing(m.design().brand()))).append("</h2>\n")
                    .append("        <a class=\"button\" href=\"#contact\">").append(cta).append("</a>\n")
                    .append("      </div>\n    </section>\n\n");
        }
        contact(h);
        h.append("  </main>\n\n")
                .append("  <footer class=\"site-footer\">\n    <div class=\"container footer-inner\">\n")
                .append("      <p class=\"footer-brand\">").append(brand).append("</p>\n")
                .append(paragraph("      ", "<p>", m.lead()));
        if (m.marketing()) {
            h.append("      <nav aria-label=\"Footer\">\n        <ul class=\"nav-list\">\n")
                    .append("          <li><a href=\"#features\">Features</a></li>\n")
                    .append("          <li><a href=\"#testimonials\">Testimonials</a></li>\n")
                    .append("          <li><a href=\"#contact\">Contact</a></li>\n")
                    .append("        </ul>\n      </nav>\n");
        }
        h.append("      <p><small>&copy; ").append(brand).append(". All rights reserved.</small></p>\n")
                .append("    </div>\n  </footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A paragraph, its escaped text wrapped so that no line is longer than about 100 characters. */
    static String paragraph(String indent, String open, String text) {
        String escaped = Html.text(text);
        if (indent.length() + open.length() + escaped.length() + 4 <= 100) {
            return indent + open + escaped + "</p>\n";
        }
        StringBuilder out = new StringBuilder(indent).append(open).append('\n');
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split(" ")) {
            if (line.length() > 0 && indent.length() + 2 + line.length() + 1 + word.length() > 100) {
                out.append(indent).append("  ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return out.append(indent).append("  ").append(line).append('\n').append(indent).append("</p>\n").toString();
    }

    private static void features(StringBuilder h, PageModel m) {
        h.append("    <section id=\"features\" class=\"section section-alt\" aria-labelledby=\"features-title\">\n")
                .append("      <div class=\"container\">\n")
                .append("        <h2 id=\"features-title\">").append(Html.text(m.featuresTitle())).append("</h2>\n")
                .append("        <ul class=\"grid").append(m.marketing() ? " grid-3" : "").append("\">\n");
        for (Feature f : m.features()) {
            h.append("          <li class=\"card\">\n")
                    .append("            <h3>").append(Html.text(f.title())).append("</h3>\n")
                    .append(paragraph("            ", "<p>", f.description()))
                    .append("          </li>\n");
        }
        h.append("        </ul>\n      </div>\n    </section>\n\n");
    }

    private static void testimonials(StringBuilder h, PageModel m) {
        h.append("    <section id=\"testimonials\" class=\"section\" aria-labelledby=\"testimonials-title\">\n")
                .append("      <div class=\"container\">\n")
                .append("        <h2 id=\"testimonials-title\">What people say</h2>\n")
                .append("        <!-- Placeholders: replace each quote with a real customer's words, with their permission. -->\n")
                .append("        <ul class=\"grid grid-3\">\n");
        List<Feature> about = m.features();
        for (int i = 0; i < 3; i++) {
            String topic = about.isEmpty() ? m.design().brand() : about.get(i % about.size()).title().toLowerCase(java.util.Locale.ROOT);
            h.append("          <li class=\"card\">\n            <figure class=\"testimonial\">\n")
                    .append("              <blockquote><p>Placeholder quote: a customer on ").append(Html.text(topic)).append(".</p></blockquote>\n")
                    .append("              <figcaption>Customer ").append(i + 1).append(" (placeholder)</figcaption>\n")
                    .append("            </figure>\n          </li>\n");
        }
        h.append("        </ul>\n      </div>\n    </section>\n\n");
    }

    private static void contact(StringBuilder h) {
        h.append("    <section id=\"contact\" class=\"section section-alt\" aria-labelledby=\"contact-title\">\n")
                .append("      <div class=\"container\">\n")
                .append("        <h2 id=\"contact-title\">Contact</h2>\n")
                .append("        <!-- Connect this form to a form handler; until then it posts to this page. -->\n")
                .append("        <form class=\"contact-form\" method=\"post\">\n")
                .append("          <div class=\"field\">\n            <label for=\"name\">Name</label>\n")
                .append("            <input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"name\" required>\n          </div>\n")
                .append("          <div class=\"field\">\n            <label for=\"email\">Email</label>\n")
                .append("            <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" required>\n          </div>\n")
                .append("          <div class=\"field\">\n            <label for=\"message\">Message</label>\n")
                .append("            <textarea id=\"message\" name=\"message\" rows=\"4\" required></textarea>\n          </div>\n")
                .append("          <p class=\"form-note\">We use your name and email only to answer your message.</p>\n")
                .append("          <button class=\"button\" type=\"submit\">Send message</button>\n")
                .append("        </form>\n      </div>\n    </section>\n\n");
    }
}
