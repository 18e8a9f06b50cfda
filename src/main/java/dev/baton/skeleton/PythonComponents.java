package dev.baton.skeleton;

import dev.baton.code.PythonText;
import dev.baton.document.Assignment;
import dev.baton.role.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Python module skeleton of the components a task names ("… with markdown parsing and HTML
 * generation" gives {@code parse_markdown} and {@code generate_html}), else of the product's
 * features: one documented function per component, each raising {@code NotImplementedError}
 * until written, a {@code run} that chains them in order, and a command-line {@code main}.
 */
final class PythonComponents {

    private static final Map<String, String> VERBS = new LinkedHashMap<>();
    private static final java.util.Set<String> RESERVED = java.util.Set.of("run", "main", "argparse", "sys", "data", "and",
            "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "false",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "none", "nonlocal", "not", "or",
            "pass", "raise", "return", "true", "try", "while", "with", "yield", "print", "open");

    static {
        String[][] pairs = {{"parsing", "parse"}, {"generation", "generate"}, {"rendering", "render"},
            {"validation", "validate"}, {"extraction", "extract"}, {"transformation", "transform"}, {"loading", "load"},
            {"processing", "process"}, {"conversion", "convert"}, {"analysis", "analyze"}, {"formatting", "format"},
            {"routing", "route"}, {"storage", "store"}, {"caching", "cache"}, {"indexing", "index"},
            {"reporting", "report"}, {"logging", "log"}, {"authentication", "authenticate"}, {"scheduling", "schedule"},
            {"publishing", "publish"}, {"building", "build"}, {"templating", "template"}, {"compilation", "compile"}};
        for (String[] p : pairs) {
            VERBS.put(p[0], p[1]);
        }
    }

    private PythonComponents() {
    }

    static String write(Assignment a) {
        List<String[]> components = components(a);
        StringBuilder py = new StringBuilder(PythonText.moduleDocstring(
                Words.capitalize(Words.withoutArticle(Words.nameOf(a.idea()))) + ": module skeleton.",
                "Task: " + Words.sentence(a.task().ask()) + " Each component below is a documented function that raises"
                        + " NotImplementedError until it is written; run() calls them in order."));
        py.append("\nimport argparse\nimport sys\n");
        for (String[] c : components) {
            py.append("\n\ndef ").append(c[0]).append("(data):\n    \"\"\"");
            List<String> doc = PythonText.docLines(c[1], 80);
            py.append(doc.get(0)).append('\n');
            if (doc.size() > 1) {
                py.append('\n');
                doc.subList(1, doc.size()).forEach(l -> py.append("    ").append(l).append('\n'));
            }
            py.append("\n    Takes the previous step's result and returns this step's result.\n    \"\"\"\n")
                    .append("    raise NotImplementedError(").append(PythonText.literal(c[0] + " is not written yet")).append(")\n");
        }
        py.append("\n\nSTEPS = (").append(String.join(", ", components.stream().map(c -> c[0]).toList()))
                .append(components.size() == 1 ? "," : "").append(")\n");
        py.append("\n\ndef run(data):\n    \"\"\"Pass data through every step in order and return the last result.\"\"\"\n")
                .append("    result = data\n    for step in STEPS:\n        result = step(result)\n    return result\n");
        py.append("\n\ndef main(argv=None):\n    \"\"\"Read the input file named on the command line, run the steps, print the result.\"\"\"\n")
                .append("    parser = argparse.ArgumentParser(description=").append(PythonText.literal(Words.capitalize(a.ideaPhrase()))).append(")\n")
                .append("    parser.add_argument(\"input\", help=\"the input file\")\n")
                .append("    args = parser.parse_args(argv)\n")
                .append("    with open(args.input, encoding=\"utf-8\") as handle:\n")
                .append("        print(run(handle.read()))\n    return 0\n");
        py.append("\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n");
        return py.toString();
    }

    /** Name and description of each component: from "with A, B and C" in the task, else the features. */
    static List<String[]> components(Assignment a) {
        List<String[]> components = new ArrayList<>();
        String ask = a.task().ask();
        int with = ask.toLowerCase(Locale.ROOT).indexOf(" with ");
        if (with >= 0) {
            String list = ask.substring(with + 6).replaceAll("[.]+$", "");
            for (String part : list.split(",|\\band\\b")) {
                String phrase = part.strip();
                if (!phrase.isEmpty()) {
                    add(components, name(phrase), Words.capitalize(phrase) + ".");
                }
            }
        }
        if (components.isEmpty()) {
            a.features().stream().limit(5).forEach(f -> add(components, name(f.title()), f.title() + ": " + a.fill(f.description())));
        }
        return components;
    }

    /** "markdown parsing" → "parse_markdown"; "loading" → "load"; other phrases → snake case. */
    static String name(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+")));
        String last = words.get(words.size() - 1);
        if (VERBS.containsKey(last)) {
            words.remove(words.size() - 1);
            words.add(0, VERBS.get(last));
        }
        String name = Words.snake(String.join(" ", words));
        return RESERVED.contains(name) ? name + "_step" : name;
    }

    private static void add(List<String[]> components, String name, String description) {
        if (components.stream().noneMatch(c -> c[0].equals(name))) {
            components.add(new String[] {name, description});
        }
    }
}
