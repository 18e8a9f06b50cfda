package dev.baton.cli;

import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as {@code --output json} prints them: {@code file}, {@code line}, {@code column} (null for
 * a problem that has no place in the file), {@code code} and {@code message}.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static List<Map<String, Object>> of(List<Problem> problems) {
        return problems.stream().map(ProblemJson::of).toList();
    }

    /** The object of an invalid pipeline: {@code {"valid": false, "problems": [...]}}. */
    static Map<String, Object> invalid(List<Problem> problems) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", false);
        json.put("problems", of(problems));
        return json;
    }

    private static Map<String, Object> of(Problem problem) {
        boolean placed = !Position.NONE.equals(problem.position());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", problem.source());
        json.put("line", placed ? problem.position().line() : null);
        json.put("column", placed ? problem.position().column() : null);
        json.put("code", problem.code());
        json.put("message", problem.message());
        return json;
    }
}
