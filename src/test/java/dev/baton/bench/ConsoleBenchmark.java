package dev.baton.bench;

import dev.baton.console.Browser;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.ServeStart;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The console's graph in Chromium (headless, Debian's, through chromedriver): the 2,000-stage
 * pipeline of {@link ScaleBenchmark} against the 7-stage idea-to-zip, each page opened alternately
 * in the same browser from {@code baton serve --no-auth}, timed from the navigation's start to the
 * frame after the graph was drawn (the page's User Timing mark {@code baton-graph-painted}); then a
 * search for one stage among 2,000 and a zoom, each timed to the next painted frame. Target: the
 * 2,000-stage graph drawn and painted within 2 s of the plan's arrival.
 */
final class ConsoleBenchmark {


    private ConsoleBenchmark() {
    }

    static Section run(int rounds) throws Exception {
        Path work = Files.createTempDirectory("baton-console-bench");
        Path pipelines = Files.createDirectories(work.resolve("pipelines"));
        Files.writeString(pipelines.resolve("thousands.yaml"), ScaleBenchmark.yaml(new Random(2000)));
        Path out = work.resolve("serve.out");
        Process server = BatonProcess.start(work, work.resolve("home"), Map.of("BATON_PIPELINES", pipelines.toString()), out,
                "serve", "--port", "0", "--no-auth");
        try (Browser browser = new Browser()) {
            String base = ServeStart.await(server, out, false).base();
            List<Double> small = new ArrayList<>();
            List<Double> large = new ArrayList<>();
            List<Double> smallDrawn = new ArrayList<>();
            List<Double> largeDrawn = new ArrayList<>();
            List<Double> search = new ArrayList<>();
            List<Double> zoom = new ArrayList<>();
            open(browser, base + "pipelines/idea-to-zip"); // warm-up: the browser's caches and the server's JIT
            open(browser, base + "pipelines/thousands");
            for (int i = 0; i < rounds; i++) {
                small.add(open(browser, base + "pipelines/idea-to-zip"));
                smallDrawn.add(drawn(browser));
                large.add(open(browser, base + "pipelines/thousands"));
                largeDrawn.add(drawn(browser));
                search.add(timed(browser, "const q = document.querySelector('.dag-search'); q.value = 's1999';"
                        + "q.dispatchEvent(new Event('input'));"));
                zoom.add(timed(browser, "document.querySelector('.dag .toolbar button').click();"));
            }
            int nodes = browser.driver.findElements(By.cssSelector(".dag .node")).size();
            double largeMs = Stats.median(largeDrawn);
            double smallMs = Stats.median(smallDrawn);
            String table = String.format(Locale.ROOT, """
                    | in Chromium %s, median of %d rounds | figure | target |
                    |---|---|---|
                    | idea-to-zip (7 stages): plan received to graph painted | %.0f ms | |
                    | 2,000 stages (%d nodes drawn): plan received to graph painted | %.0f ms | < 2 s |
                    | ratio, 2,000 stages to 7 | %.2f× | |
                    | idea-to-zip: navigation to graph painted (page, scripts, plan from the server included) | %.0f ms | |
                    | 2,000 stages: navigation to graph painted | %.0f ms | |
                    | 2,000 stages: search for one stage, to the next painted frame | %.0f ms | |
                    | 2,000 stages: zoom in one step, to the next painted frame | %.0f ms | |
                    """, browser.driver.getCapabilities().getBrowserVersion(), rounds, smallMs, nodes, largeMs, largeMs / smallMs,
                    Stats.median(small), Stats.median(large),
                    Stats.median(search), Stats.median(zoom));
            return new Section("Console: a 2,000-stage graph in the browser", """
                    The pipeline of the scale benchmark (2,000 stages, each after one or two of the fifty before it) on the
                    console's pipeline page, against the 7-stage idea-to-zip, opened alternately in one headless Chromium from
                    `baton serve`. The render runs from the plan's arrival (the page's User Timing mark `baton-plan-received`)
                    to the frame after the graph was drawn (`baton-graph-painted`): laying out, building the SVG, style,
                    layout and paint. The navigation time adds the page, its scripts and the server's answer (the YAML
                    file is read, validated and planned once, then kept while the file is unchanged).

                    """ + table, largeMs < 2000 && nodes == ScaleBenchmark.STAGES);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Opens a pipeline's page and answers the milliseconds from the navigation's start to its graph painted. */
    private static double open(Browser browser, String url) {
        browser.driver.get("about:blank");
        browser.driver.get(url);
        Object ms = browser.until(d -> browser.script(
                "const m = performance.getEntriesByName('baton-graph-painted'); return m.length ? m[0].startTime : null"));
        return ((Number) ms).doubleValue();
    }

    /** The milliseconds from the plan's arrival to the graph painted, on the page just opened. */
    private static double drawn(Browser browser) {
        return ((Number) browser.script("return performance.getEntriesByName('baton-graph-painted')[0].startTime"
                + " - performance.getEntriesByName('baton-plan-received')[0].startTime")).doubleValue();
    }

    /** Runs a script and answers the milliseconds until the frame after it has been painted. */
    private static double timed(Browser browser, String js) {
        Object ms = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; const t0 = performance.now();"
                + js + "requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));");
        return ((Number) ms).doubleValue();
    }
}
