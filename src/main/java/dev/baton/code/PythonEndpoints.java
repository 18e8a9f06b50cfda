package dev.baton.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP endpoints a Python web module declares with route decorators
 * ({@code @app.get("/items")}, {@code @router.post(...)}), with the function under each and the
 * first line of its docstring.
 */
public final class PythonEndpoints {

    private static final Pattern ROUTE = Pattern.compile("^\\s*@\\w+\\.(get|post|put|patch|delete)\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern DEF = Pattern.compile("^\\s*(?:async\\s+)?def\\s+(\\w+)\\s*\\(");

    /**
     * One endpoint.
     *
     * @param method   GET, POST, …
     * @param path     its path, e.g. {@code /items/{item_id}}
     * @param function the handler's name
     * @param summary  the first line of its docstring, or the empty text
     */
    public record Endpoint(String method, String path, String function, String summary) {
    }

    private PythonEndpoints() {
    }

    /** The endpoints of a module's source, in source order. */
    public static List<Endpoint> of(String source) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher route = ROUTE.matcher(lines.get(i));
            if (!route.find()) {
                continue;
            }
            String function = "";
            String summary = "";
            for (int k = i + 1; k < Math.min(lines.size(), i + 6); k++) {
                Matcher def = DEF.matcher(lines.get(k));
                if (def.find()) {
                    function = def.group(1);
                    summary = docstring(lines, k + 1);
                    break;
                }
            }
            endpoints.add(new Endpoint(route.group(1).toUpperCase(Locale.ROOT), route.group(2), function, summary));
        }
        return endpoints;
    }

    private static String docstring(List<String> lines, int from) {
        for (int k = from; k < Math.min(lines.size(), from + 6); k++) {
            String l = lines.get(k).strip();
            if (l.isEmpty() || l.endsWith(":") || l.endsWith(",") || l.endsWith("(")) {
                continue;
            }
            if (l.startsWith("\"\"\"") || l.startsWith("'''")) {
                return l.replace("\"\"\"", "").replace("'''", "").strip();
            }
            return "";
        }
        return "";
    }
}
