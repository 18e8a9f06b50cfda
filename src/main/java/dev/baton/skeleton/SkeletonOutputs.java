package dev.baton.skeleton;

import dev.baton.agent.AgentOutput;
import dev.baton.agent.Artifact;
import dev.baton.document.Assignment;
import dev.baton.role.Inputs;
import dev.baton.role.Words;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a code skeleton stage writes, for each declared output by its extension: an HTML page
 * ({@code .html}, {@code .htm}) with its stylesheet (the declared {@code .css} output, else
 * {@code styles.css} beside the page), a stylesheet alone, a Python module, a JavaScript or
 * TypeScript module, or, for any other extension, a short text that says what it would hold.
 * Without declared outputs it writes {@code index.html} and {@code styles.css}. The content is the
 * page's HTML when there is a page, else the first file's text.
 */
public final class SkeletonOutputs {

    private SkeletonOutputs() {
    }

    /**
     * @param marketing whether pages are marketing landing pages
     */
    public static AgentOutput produce(Assignment a, boolean marketing) {
        List<String> outputs = a.request().outputs().isEmpty() ? List.of("index.html") : a.request().outputs();
        String page = outputs.stream().filter(Inputs::isHtml).findFirst().orElse(null);
        String css = outputs.stream().filter(o -> o.toLowerCase(Locale.ROOT).endsWith(".css")).findFirst()
                .orElse(page == null ? null : sibling(page, "styles.css"));
        List<Artifact> artifacts = new ArrayList<>();
        String content = null;
        if (page != null || css != null) {
            String self = page == null ? "index.html" : page.substring(page.lastIndexOf('/') + 1);
            PageModel model = PageModel.of(a, marketing, self);
            if (page != null) {
                content = PageWriter.write(model, relative(page, css));
                artifacts.add(artifact(page, content));
            }
            artifacts.add(artifact(css, StylesheetWriter.write(model)));
        }
        for (String out : outputs) {
            if (out.equals(page) || out.equals(css)) {
                continue;
            }
            String text = file(a, out);
            artifacts.add(artifact(out, text));
        }
        if (content == null) {
            content = new String(artifacts.get(0).bytes(), StandardCharsets.UTF_8);
        }
        return new AgentOutput(content, artifacts);
    }

    private static String file(Assignment a, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".py")) {
            return PythonSkeletonWriter.write(a, path);
        }
        if (p.endsWith(".js") || p.endsWith(".mjs") || p.endsWith(".ts")) {
            return ScriptSkeletonWriter.write(a);
        }
        return Words.capitalize(Words.nameOf(a.idea())) + ": " + a.task().ask() + "\n\nThis file (" + path
                + ") has a type the skeleton agent does not generate; it writes HTML, CSS, Python and JavaScript.\n";
    }

    /** A file beside another: {@code sibling("src/index.html", "styles.css")} is {@code src/styles.css}. */
    static String sibling(String path, String name) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? name : path.substring(0, slash + 1) + name;
    }

    /** The href of {@code target} from the folder of {@code from}, both relative to the run folder. */
    static String relative(String from, String target) {
        Path dir = Path.of(from).getParent();
        Path rel = dir == null ? Path.of(target) : dir.relativize(Path.of(target));
        return rel.toString().replace('\\', '/');
    }

    private static Artifact artifact(String path, String text) {
        return new Artifact(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
