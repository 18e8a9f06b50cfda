package dev.baton.code;

import dev.baton.advisor.Review;
import dev.baton.role.Attempts;
import dev.baton.role.Requests;
import dev.baton.skeleton.CodeSkeletonAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityAndArchitectureAdvisorsTests {

    @TempDir
    Path run;

    private static final String RISKY = """
            <!DOCTYPE html>
            <html lang="en"><head><title>x</title>
            <script src="http://cdn.example.com/lib.js"></script>
            <script>var api_key = "abcd1234efgh5678";</script>
            </head><body>
            <a href="https://example.com" target="_blank">out</a>
            <form action="http://example.com/login" method="post"><label>User <input name="u"></label></form>
            <button onclick="go()">Go</button>
            </body></html>
            """;

    @Test
    void theGeneratedPageAndModulesPassBoth() {
        for (String out : List.of("src/index.html", "src/api_service.py", "src/etl_pipeline.py")) {
            var attempt = Attempts.attempt(new CodeSkeletonAgent(), Requests.stage("code").runFolder(run)
                    .task(out.endsWith("api_service.py") ? "Implement FastAPI service" : "Implement ETL pipeline")
                    .memory("product_idea", out.contains("api") ? "a REST API" : out.contains("etl") ? "an ETL pipeline" : "Coffee shop")
                    .outputs(out).build());
            Review security = new SecurityAdvisor().review(attempt);
            Review architecture = new ArchitectureAdvisor().review(attempt);
            assertEquals(1.0, security.score(), out + " " + security);
            assertEquals(1.0, architecture.score(), out + " " + architecture);
        }
    }

    @Test
    void securityProblemsOfAPageAreFound() {
        var request = Requests.stage("code").runFolder(run).outputs("index.html").build();
        Review review = new SecurityAdvisor().review(Attempts.of(request, RISKY, Attempts.text("index.html", RISKY)));
        assertFalse(review.approved());
        assertEquals(3, review.criticalIssues().size(), review.toString());
        assertTrue(review.criticalIssues().stream().anyMatch(i -> i.contains("looks like a secret")), review.toString());
        assertTrue(review.criticalIssues().stream().anyMatch(i -> i.contains("http://example.com/login over plain HTTP")), review.toString());
        assertTrue(review.suggestions().stream().anyMatch(s -> s.contains("rel=\"noopener\"")), review.toString());
        assertTrue(review.suggestions().stream().anyMatch(s -> s.contains("inline <script>")), review.toString());
        Review python = new SecurityAdvisor().review(Attempts.of(request, "", Attempts.text("run.py",
                "\"\"\"Run.\"\"\"\nimport subprocess\nsubprocess.run(cmd, shell=True)\n")));
        assertFalse(python.approved());
    }

    @Test
    void architectureProblemsAreWarnings() {
        StringBuilder inline = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>x</title><style>\n");
        for (int i = 0; i < 25; i++) {
            inline.append(".rule-").append(i).append(" { color: #111111; margin: 0; }\n");
        }
        inline.append("</style></head><body><p style=\"margin:0\">x</p></body></html>\n");
        String block = "def helper_function_one(value):\n    total_value = value * 2\n    total_value = total_value + 1\n"
                + "    total_value = total_value - 3\n    result_value = str(total_value)\n    print(result_value)\n"
                + "    return result_value.upper()\n";
        var request = Requests.stage("code").runFolder(run).build();
        Review review = new ArchitectureAdvisor().review(Attempts.of(request, "", Attempts.text("index.html", inline.toString()),
                Attempts.text("a.py", block), Attempts.text("b.py", block.replace("helper_function_one", "helper_function_two"))));
        assertTrue(review.approved(), review.toString());
        List<String> s = review.suggestions();
        assertTrue(s.stream().anyMatch(x -> x.contains("inline style")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.contains("26-line <style> block")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.contains("no stylesheet")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("b.py:2 repeats 6 lines that are also at a.py:2")), s.toString());
        assertTrue(review.score() < 1.0);
    }
}
