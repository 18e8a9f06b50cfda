package dev.baton.skeleton;

import dev.baton.agent.AgentOutput;
import dev.baton.agent.Artifact;
import dev.baton.code.CodeLinter;
import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Requests;
import dev.baton.role.Workspace;
import dev.baton.web.AccessibilityAuditor;
import dev.baton.web.HtmlLinter;
import dev.baton.web.HtmlPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeSkeletonAgentTests {

    @TempDir
    Path run;

    static String text(Artifact artifact) {
        return new String(artifact.bytes(), StandardCharsets.UTF_8);
    }

    static List<Finding> check(Path run, AgentOutput out, String page) {
        Workspace ws = Workspace.of(run, out.artifacts());
        HtmlPage html = HtmlPage.parse(page, ws.text(page).orElseThrow());
        List<Finding> findings = new ArrayList<>(HtmlLinter.lint(html, ws));
        findings.addAll(AccessibilityAuditor.audit(html, ws));
        return findings;
    }

    @ParameterizedTest
    @CsvSource({"minimal,#0ea5e9,Inter", "playful,#ffff00,Comic Neue", "professional,#1e3a8a,system-ui",
            "professional,#777777,Georgia", "bold,#ffffff,x;}</style>", "minimal,not-a-colour,"})
    void theGeneratedPagePassesTheLinterAndTheAuditWithoutAFinding(String tone, String color, String font) {
        for (boolean marketing : List.of(false, true)) {
            var request = Requests.stage("Code Skeleton").runFolder(run).task("Generate HTML/CSS for: Coffee shop")
                    .memory("product_idea", "Coffee shop").memory("brand", "Blue<Bean>").memory("tone", tone)
                    .memory("primary_color", color).memory("font_family", font == null ? "" : font)
                    .outputs("src/index.html").build();
            AgentOutput out = marketing ? new CodeSkeletonMarketingAgent().produce(request) : new CodeSkeletonAgent().produce(request);
            assertEquals(List.of("src/index.html", "src/styles.css"), out.artifacts().stream().map(Artifact::path).toList());
            List<Finding> findings = check(run, out, "src/index.html");
            assertTrue(findings.isEmpty(), tone + " " + color + " marketing=" + marketing + ": " + findings);
            assertTrue(((String) out.content()).contains("Blue&lt;Bean&gt;"), "escaped");
        }
    }

    @Test
    void theDesignVariablesShapeThePage() {
        AgentOutput out = new CodeSkeletonAgent().produce(Requests.stage("s").runFolder(run)
                .task("Generate HTML/CSS").memory("product_idea", "Coffee shop").memory("brand", "BlueBean")
                .memory("primary_color", "#0ea5e9").memory("tone", "minimal").memory("font_family", "Inter").build());
        assertEquals(List.of("index.html", "styles.css"), out.artifacts().stream().map(Artifact::path).toList());
        String css = text(out.artifacts().get(1));
        assertTrue(css.contains("--brand: #0ea5e9;"), css);
        assertTrue(css.contains("--on-brand: #000000;"), "black text contrasts more on sky blue");
        assertTrue(css.contains("--font: \"Inter\", system-ui"), css);
        assertTrue(css.contains("--space: 2.5rem;") && css.contains("--radius: 0;"), "minimal spacing and corners");
        String html = (String) out.content();
        assertTrue(html.contains("<h1 id=\"hero-title\">BlueBean</h1>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"styles.css\">"), html);
        String playful = text(new CodeSkeletonAgent().produce(Requests.stage("s").runFolder(run).task("Generate HTML/CSS")
                .memory("product_idea", "Coffee shop").memory("brand", "BlueBean").memory("tone", "playful").build())
                .artifacts().get(1));
        assertTrue(playful.contains("--radius: 1rem;") && playful.contains("--space: 1.75rem;"), playful);
    }

    @Test
    void theMarketingPageHasAHeroThreeFeaturesTestimonialsAndABrandedFooter() {
        AgentOutput out = new CodeSkeletonMarketingAgent().produce(Requests.stage("m").runFolder(run)
                .task("Generate marketing landing page for: Coffee shop").memory("product_idea", "Coffee shop")
                .memory("brand", "BlueBean").outputs("src/index.html").build());
        var doc = org.jsoup.Jsoup.parse((String) out.content());
        assertEquals(1, doc.select(".hero h1").size());
        assertEquals(1, doc.select(".hero a.button").size());
        assertEquals(3, doc.select("#features .card").size());
        assertEquals(3, doc.select("#testimonials blockquote").size());
        assertTrue(doc.select("footer").text().contains("BlueBean"));
        assertTrue(text(out.artifacts().get(1)).contains("grid-template-columns: repeat(3, 1fr)"));
    }

    @Test
    void aRetryAddsTestimonialsWhenTheLastReviewAsksForThem() {
        var request = Requests.stage("c").runFolder(run).task("Generate HTML/CSS").memory("product_idea", "tea").attempt(2)
                .memory("c.last_review", java.util.Map.of("critical_issues",
                        List.of("The task asks for 'Testimonials section' but index.html shows no testimonial; add it.")))
                .build();
        assertTrue(((String) new CodeSkeletonAgent().produce(request).content()).contains("id=\"testimonials\""));
    }

    @Test
    void featuresComeFromTheUpstreamPrd() {
        String prd = "# Product Requirements Document: Tea\n\n## Summary\n\nTea.\n\n## Goals\n\n- Sell 100 cups a day.\n\n## Features\n\n"
                + "- **Loose leaf shop**: Forty teas by weight.\n- **Tasting room**: Sit and try.\n- **Workshops**: Learn to brew.\n";
        AgentOutput out = new CodeSkeletonAgent().produce(Requests.stage("c").runFolder(run).task("Generate HTML/CSS")
                .memory("requirements.content", prd).memory("requirements.artifacts", List.of()).build());
        String html = (String) out.content();
        assertTrue(html.contains("<h3>Loose leaf shop</h3>") && html.contains("<p>Learn to brew.</p>"), html);
        assertTrue(html.contains("<title>Tea — Tea</title>"), html);
        assertTrue(!html.contains("100 cups"), "features, not goals, when there are both");
    }

    @Test
    void pythonOutputsAreModulesThatCompile() throws Exception {
        Files.createDirectories(run.resolve("src"));
        Files.createDirectories(run.resolve("docs"));
        Files.writeString(run.resolve("docs/requirements.md"), "# Product Requirements Document: an ETL pipeline\n\n## Summary\n\nETL.\n");
        List<String[]> cases = List.of(
                new String[] {"Generate HTML/CSS skeleton", "src/generated_code.py", "PAGE_HTML", ""},
                new String[] {"Design REST API endpoints and OpenAPI schema", "src/api_schema.py", "class ItemCreate(BaseModel)", ""},
                new String[] {"Implement FastAPI service with endpoints and OpenAPI docs", "src/api_service.py", "from api_schema import Item", "src/api_schema.py"},
                new String[] {"Design data model and transformation logic", "src/data_model.py", "def transform(record", ""},
                new String[] {"Implement ETL pipeline with extraction, transformation, and loading", "src/etl_pipeline.py", "from data_model import", "src/data_model.py"},
                new String[] {"Create test cases for ETL pipeline", "tests/test_etl.py", "def test_load_is_idempotent", "src/etl_pipeline.py"},
                new String[] {"Design architecture for static site generator with markdown parsing and HTML generation",
                        "src/static_site_generator.py", "def parse_markdown(data)", ""},
                new String[] {"Extend skeleton with additional features", "src/generated_code_extended.py", "def feature_list_html", ""});
        for (String[] c : cases) {
            var request = Requests.stage("code").runFolder(run).task(c[0])
                    .memory("product_idea", c[1].contains("api") ? "a REST API for recipes" : c[1].contains("etl")
                            || c[1].contains("data") ? "an ETL pipeline" : "a static site generator")
                    .memory("code.artifacts", List.of()).memory("code.content", "")
                    .memory("skel.content", "").memory("skel.artifacts", List.of("src/generated_code.py"))
                    .inputs(c[3].isEmpty() ? new String[0] : new String[] {c[3]}).outputs(c[1]).build();
            AgentOutput out = new CodeSkeletonAgent().produce(request);
            String py = text(out.artifacts().get(0));
            assertTrue(py.contains(c[2]), c[1] + ":\n" + py);
            assertTrue(py.startsWith("\"\"\""), "module docstring: " + c[1]);
            assertEquals(List.of(), CodeLinter.lint(c[1], py).stream().filter(f -> f.severity() != Severity.NOTE).toList(), c[1]);
            Path file = run.resolve(c[1]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, py);
            compiles(file);
        }
    }

    static void compiles(Path file) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Process p = new ProcessBuilder(python.toString(), "-c", "import ast,sys; ast.parse(open(sys.argv[1]).read())", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), file + ": " + output);
    }
}
