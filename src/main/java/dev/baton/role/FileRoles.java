package dev.baton.role;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file in a project is for, by its path, for READMEs and reviews. */
public final class FileRoles {

    private FileRoles() {
    }

    /** One phrase: "the web page", "a report", "the distributable archive". */
    public static String describe(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.equals("readme.md")) {
            return "this README";
        }
        if (p.endsWith(".html") || p.endsWith(".htm")) {
            return "the web page";
        }
        if (p.endsWith(".css")) {
            return "the stylesheet";
        }
        if (p.endsWith(".zip")) {
            return "the distributable archive";
        }
        if (p.endsWith(".png") || p.endsWith(".jpg")) {
            return "a screenshot";
        }
        if (p.contains("report") || p.contains("audit") || p.contains("review")) {
            return "a report";
        }
        if (p.contains("requirement") || p.contains("product_definition") || p.contains("prd")) {
            return "the product requirements";
        }
        if (name.startsWith("test_") || p.startsWith("tests/")) {
            return "tests";
        }
        if (p.endsWith(".py") || p.endsWith(".js") || p.endsWith(".ts")) {
            return "source code";
        }
        if (p.endsWith(".md")) {
            return "documentation";
        }
        return "a project file";
    }

    /** The module name of the first Python source file that is not a test. */
    public static Optional<String> pythonModule(List<String> files) {
        return files.stream().filter(f -> f.endsWith(".py")).map(f -> f.substring(f.lastIndexOf('/') + 1, f.length() - 3))
                .filter(m -> !m.startsWith("test_")).findFirst();
    }
}
