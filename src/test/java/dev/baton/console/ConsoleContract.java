package dev.baton.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.rest.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's behaviour in a real browser, one set of tests for every server: a user starts a
 * run from the page and watches its graph fill in, reads a stage's review, restarts failed runs
 * (one with memory, several at once), sees an agent's output as text, and a viewer sees no actions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConsoleContract {

    /** The console's address, ending in {@code /} (the web context). */
    protected abstract String base();

    /** The API as a user who may act. */
    protected abstract ApiClient admin();

    /** Signs the browser in as a user who may act, or as a viewer, and leaves it on the pipelines page. */
    protected abstract void signIn(Browser browser, boolean mayAct);

    /** Where a YAML file for the upload may be written. */
    protected abstract Path scratch();

    /** Starts the server (once, before the tests). */
    protected abstract void startServer() throws Exception;

    /** Stops the server (after the tests). */
    protected abstract void stopServer() throws Exception;

    protected Browser browser;

    /** Whether this server's pages are the ones saved as screenshots (one server's are enough). */
    protected boolean savesScreenshots() {
        return true;
    }

    @BeforeAll
    void openBrowser() throws Exception {
        startServer();
        browser = new Browser();
        signIn(browser, true);
    }

    @AfterAll
    void closeBrowser() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            stopServer();
        }
    }

    @Test
    void startsIdeaToZipFromThePageAndWatchesItsGraphFillIn() throws Exception {
        open("");
        browser.find("#pipelines tr[data-pipeline='idea-to-zip']");
        screenshot("pipelines");
        open("pipelines/idea-to-zip");
        browser.until(d -> d.findElements(By.cssSelector(".dag .node")).size() == 7); // the plan, before any run
        browser.find("#start").click();
        browser.until(d -> d.getCurrentUrl().matches(".*/executions/\\d+$"));
        browser.find(".dag .node[data-status]");
        browser.script("window.sameDocument = true");
        Set<String> seen = new HashSet<>();
        boolean partly = false;
        while (!"COMPLETED".equals(runStatus())) {
            @SuppressWarnings("unchecked")
            List<String> states = (List<String>) browser.script(
                    "return [...document.querySelectorAll('.dag .node')].map(n => n.getAttribute('data-status') || 'NOT_RUN')");
            long passed = states.stream().filter("PASSED"::equals).count();
            partly |= passed > 0 && passed < states.size();
            seen.addAll(states);
            assertFalse(states.contains("FAILED"), states.toString());
            Thread.sleep(50);
        }
        assertTrue(partly, "some stages passed while others waited: " + seen);
        assertEquals(Boolean.TRUE, browser.script("return window.sameDocument === true"), "the graph filled in without reloading the page");
        browser.until(d -> d.findElements(By.cssSelector(".dag .node.st-PASSED")).size() == 7);
        screenshot("run-dag");

        clickStage("prd");
        assertTrue(text("#review").contains("approved"), text("#review"));
        assertTrue(text("#reviewers").matches("(?s).*RequirementsAdvisor\\s*1\\s*[0-9.]+\\s*approved.*"), "each reviewer's verdict: " + text("#reviewers"));
        assertTrue(text("#stage-score").contains("threshold 0.75"), text("#stage-score"));
        assertFalse(text("#stage-output").isBlank());
        screenshot("stage-review");

        browser.find("#tab-timeline").click();
        browser.until(d -> d.findElement(By.id("timeline")).isDisplayed());
        assertFalse(browser.find(".dag").isDisplayed(), "one tab at a time");
        String caption = text("#timeline figcaption");
        assertTrue(caption.startsWith("Critical path") && caption.contains("prd") && caption.endsWith("package"), caption);
        assertEquals(7, browser.driver.findElements(By.cssSelector("#timeline .bar")).size());
        screenshot("timeline");
    }

    @Test
    void aFailedRunIsRestartedFromItsPageWithMemory() {
        open("pipelines/welcome");
        browser.find("#start").click();
        browser.until(d -> d.getCurrentUrl().matches(".*/executions/\\d+$"));
        String failedUrl = browser.driver.getCurrentUrl();
        browser.until(d -> "FAILED".equals(runStatus()));
        browser.until(d -> "FAILED".equals(d.findElement(By.cssSelector(".node[data-stage='letter']")).getAttribute("data-status")));
        assertEquals("PASSED", browser.find(".node[data-stage='outline']").getAttribute("data-status"));
        assertFalse(browser.find("#action-stop").isEnabled(), "a failed run cannot be stopped");
        assertTrue(browser.find("#action-abandon").isEnabled());
        clickStage("letter");
        assertTrue(text("#stage-detail .error").contains("customer"), text("#stage-detail"));

        browser.find("#restart-memory").sendKeys("{\"customer\": \"Ann\"}");
        browser.find("#action-restart").click();
        browser.until(d -> !d.getCurrentUrl().equals(failedUrl) && d.getCurrentUrl().matches(".*/executions/\\d+$"));
        browser.until(d -> "COMPLETED".equals(runStatus()));
        clickStage("letter");
        browser.until(d -> d.findElement(By.id("stage-output")).getText().contains("Dear Ann"));
        assertTrue(text("#artifacts").contains("welcome.md"), text("#stage-detail"));
    }

    @Test
    void restartsTheSelectedFailedRunsAtOnce() throws Exception {
        long first = admin().post("pipelines/welcome/executions", null).json().path("executionId").asLong();
        long second = admin().post("pipelines/welcome/executions", null).json().path("executionId").asLong();
        admin().await(first);
        admin().await(second);
        open("executions?pipeline=welcome&status=FAILED");
        WebElement row = browser.find("#runs tr[data-execution='" + first + "']");
        assertTrue(row.findElement(By.cssSelector("td.reason")).getText().contains("'customer', which is not defined"), row.getText());
        browser.find("input[data-execution='" + first + "']").click();
        browser.find("input[data-execution='" + second + "']").click();
        browser.find("#restart-selected").click();
        browser.until(d -> d.findElements(By.cssSelector("#restart-result p.ok")).size() == 2);
        for (WebElement link : browser.driver.findElements(By.cssSelector("#restart-result p.ok a"))) {
            long restarted = Long.parseLong(link.getText().substring(1));
            JsonNode run = admin().await(restarted);
            assertTrue(restarted > second, link.getText());
            assertEquals("welcome", run.path("pipeline").asText());
        }
    }

    @Test
    void anAgentsOutputIsShownAsTextNeverAsMarkup() throws Exception {
        String name = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        String payload = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">";
        String yaml = "name: " + name + "\nstages:\n  - name: shout\n    agent: template\n    task: '" + payload.replace("'", "''") + "'\n";
        assertEquals(201, admin().putYaml("pipelines/" + name, yaml).status());
        long id = admin().post("pipelines/" + name + "/executions", null).json().path("executionId").asLong();
        admin().await(id);
        open("executions/" + id);
        clickStage("shout");
        browser.until(d -> d.findElement(By.id("stage-output")).getText().contains("onerror"));
        assertEquals(payload, browser.find("#stage-output").getText().strip());
        assertTrue(browser.driver.findElements(By.cssSelector("#stage-detail img")).isEmpty());
        assertEquals(Boolean.TRUE, browser.script("return document.body.dataset.pwned === undefined"));
    }

    @Test
    void anUploadedPipelineShowsItsProblemsWithLineAndColumn() throws Exception {
        Path file = scratch().resolve("broken.yaml");
        Files.writeString(file, "stages:\n  - name: a\n    agent: templat\n    task: hi\n");
        open("");
        browser.find("#upload-file").sendKeys(file.toString());
        browser.find("#upload-validate").click();
        WebElement problems = browser.find("#upload-result .problems");
        assertTrue(problems.getText().matches("(?s).*:3:\\d+ BATON-\\d+ .*templat.*did you mean 'template'.*"), problems.getText());
    }

    @Test
    void aViewerSeesNoActionsAndIsRefusedWhenTrying() throws Exception {
        long id = admin().post("pipelines/welcome/executions", null).json().path("executionId").asLong();
        admin().await(id);
        try (Browser viewer = new Browser()) {
            signIn(viewer, false);
            assertTrue(viewer.find("#who").getText().contains("read only"), viewer.find("#who").getText());
            viewer.driver.get(base() + "pipelines/welcome");
            viewer.find(".dag .node");
            assertFalse(viewer.find("#start").isDisplayed());
            viewer.driver.get(base() + "executions/" + id);
            viewer.find(".dag .node[data-status='FAILED']");
            assertFalse(viewer.find("#action-restart").isDisplayed());
            viewer.driver.get(base() + "executions");
            assertFalse(viewer.find("#restart-selected").isDisplayed());
            Object status = viewer.driver.executeAsyncScript("const done = arguments[0];"
                    + "fetch('api/executions/" + id + "/restart', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'})"
                    + ".then(r => done(r.status))");
            assertEquals(403L, status);
        }
    }

    private void open(String path) {
        browser.driver.get(base() + path);
    }

    private String runStatus() {
        return String.valueOf(browser.script("const b = document.getElementById('run-status'); return b ? b.textContent : ''"));
    }

    private void screenshot(String name) throws java.io.IOException {
        if (savesScreenshots()) {
            browser.screenshot(name);
        }
    }

    /** The text of the first element the selector finds, once there is one. */
    private String text(String css) {
        browser.find(css);
        return String.valueOf(browser.script("return document.querySelector(arguments[0]).textContent", css));
    }

    private void clickStage(String stage) {
        WebElement node = browser.find(".dag .node[data-stage='" + stage + "']");
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node);
        browser.until(d -> d.findElement(By.cssSelector("#stage-detail h2")).getText().startsWith(stage));
    }

}
