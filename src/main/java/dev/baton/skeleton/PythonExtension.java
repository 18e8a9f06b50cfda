package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.document.Feature;

import java.util.List;

/**
 * The extension of an upstream Python module ("Extend skeleton with additional features"): the
 * module as it is, with a section inserted before its {@code __main__} guard that lists the
 * product's features ({@code FEATURES}), describes them ({@code feature_summary}) and, when the
 * module carries a page ({@code PAGE_HTML}), renders them as an HTML list
 * ({@code feature_list_html}).
 */
final class PythonExtension {

    private PythonExtension() {
    }

    /**
     * @param basePath the module extended, relative to the run folder
     * @param base     its source
     */
    static String write(Assignment a, String basePath, String base) {
        List<Feature> features = a.features();
        StringBuilder ext = new StringBuilder("\n\n# Extension of ").append(basePath)
                .append(": additional features (").append(a.task().ask().replace("\n", " ")).append(")\n\n");
        ext.append("FEATURES = [\n");
        for (Feature f : features) {
            ext.append("    (").append(PythonText.literal(f.title())).append(", ").append(PythonText.literal(a.fill(f.description())))
                    .append("),\n");
        }
        ext.append("]\n\n\ndef feature_summary():\n    \"\"\"Return one line per additional feature: its title and description.\"\"\"\n")
                .append("    return [title + \": \" + text for title, text in FEATURES]\n");
        if (base.contains("PAGE_HTML")) {
            ext.append("\n\ndef feature_list_html():\n")
                    .append("    \"\"\"Return the additional features as an escaped HTML list, one card per feature.\"\"\"\n")
                    .append("    from html import escape\n\n")
                    .append("    items = \"\".join(\n")
                    .append("        '<li class=\"card\"><h3>%s</h3><p>%s</p></li>' % (escape(title), escape(text))\n")
                    .append("        for title, text in FEATURES\n    )\n")
                    .append("    return '<ul class=\"grid\">' + items + \"</ul>\"\n");
        }
        int guard = base.indexOf("\n\nif __name__ == \"__main__\":");
        if (guard < 0) {
            return base.stripTrailing() + "\n" + ext;
        }
        return base.substring(0, guard).stripTrailing() + "\n" + ext + base.substring(guard);
    }
}
