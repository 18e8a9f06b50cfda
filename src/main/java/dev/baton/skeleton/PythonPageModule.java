package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.Words;

/**
 * A Python module that carries a generated page and its stylesheet, for a stage that asks for
 * HTML/CSS but declares a {@code .py} output: the two texts as constants and
 * {@code write_site(folder)}, which writes them as {@code index.html} and {@code styles.css}.
 */
final class PythonPageModule {

    private PythonPageModule() {
    }

    static String write(Assignment a) {
        PageModel model = PageModel.of(a, false, "index.html");
        String html = PageWriter.write(model, "styles.css");
        String css = StylesheetWriter.write(model);
        return PythonText.moduleDocstring("Static page skeleton for " + a.ideaPhrase() + " (" + a.design().brand() + ").",
                "Task: " + Words.sentence(a.task().ask()) + " The page and its stylesheet are kept as strings; write_site() writes them"
                        + " as index.html and styles.css into a folder. Open index.html in a browser to see the page.")
                + "\nfrom pathlib import Path\n\n"
                + "PAGE_HTML = \"\"\"\\\n" + PythonText.tripleQuotedBody(html) + "\"\"\"\n\n"
                + "STYLES_CSS = \"\"\"\\\n" + PythonText.tripleQuotedBody(css) + "\"\"\"\n\n\n"
                + "def write_site(folder=\"site\"):\n"
                + "    \"\"\"Write index.html and styles.css into folder and return their paths.\"\"\"\n"
                + "    target = Path(folder)\n"
                + "    target.mkdir(parents=True, exist_ok=True)\n"
                + "    written = []\n"
                + "    for name, text in ((\"index.html\", PAGE_HTML), (\"styles.css\", STYLES_CSS)):\n"
                + "        path = target / name\n"
                + "        path.write_text(text, encoding=\"utf-8\")\n"
                + "        written.append(path)\n"
                + "    return written\n\n\n"
                + "if __name__ == \"__main__\":\n"
                + "    for written_path in write_site():\n"
                + "        print(written_path)\n";
    }
}
