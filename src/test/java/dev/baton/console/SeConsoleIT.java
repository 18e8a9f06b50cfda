package dev.baton.console;

import dev.baton.rest.ApiClient;
import dev.baton.testing.OtlpReceiver;
import dev.baton.testing.ServeStart;
import dev.baton.testing.ServedBaton;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console in {@code baton serve} (tokens required), in Chromium: the shared tests and the token sign-in. */
class SeConsoleIT extends ConsoleContract {

    private Path dir;
    private ServedBaton server;
    /** Where serve sends its traces, so that runs have a trace to show. */
    private OtlpReceiver receiver;
    private String base;
    private String token;
    private String viewerToken;
    private ApiClient admin;

    @Override
    protected void startServer() throws Exception {
        dir = Files.createTempDirectory("baton-console");
        receiver = new OtlpReceiver();
        server = ServedBaton.start(dir, Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint()));
        ServeStart started = server.started();
        base = started.base();
        token = started.token();
        viewerToken = started.readOnlyToken();
        admin = new ApiClient(URI.create(base + "api/"), "Bearer " + token);
    }

    @Override
    protected void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Override
    protected String base() {
        return base;
    }

    @Override
    protected ApiClient admin() {
        return admin;
    }

    @Override
    protected Path scratch() {
        return dir;
    }

    @Override
    protected void signIn(Browser browser, boolean mayAct) {
        browser.driver.get(base);
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base);
        browser.find("#token").sendKeys(mayAct ? token : viewerToken);
        browser.find("#sign-in button[type=submit]").click();
        browser.find("#pipelines");
    }

    @Test
    void theTokenBecomesACookieThatScriptsCannotReadNorOtherSitesSend() {
        try (Browser fresh = new Browser()) {
            fresh.driver.get(base + "executions");
            fresh.find("#token").sendKeys("not-the-token-" + "x".repeat(40));
            fresh.find("#sign-in button[type=submit]").click();
            fresh.until(d -> !d.findElement(By.cssSelector("#sign-in .error")).getText().isBlank());
            assertTrue(fresh.driver.findElements(By.id("runs")).isEmpty(), "nothing shown without a right token");

            fresh.find("#token").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), token);
            fresh.find("#sign-in button[type=submit]").click();
            fresh.find("#runs");
            Cookie cookie = fresh.driver.manage().getCookieNamed("baton-token");
            assertNotNull(cookie);
            assertTrue(cookie.isHttpOnly());
            assertEquals("Strict", cookie.getSameSite());
            assertFalse(String.valueOf(fresh.script("return document.cookie")).contains(token), "scripts cannot read it");

            fresh.find("#sign-out").click();
            fresh.find("#token");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePageRunsOnlyItsOwnScriptsAndIsFramedByNobody() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "executions/1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe"), policy);
        assertTrue(page.body().contains("<base href=\"/baton/\">"), page.body());
        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "assets/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode());
    }

    @org.junit.jupiter.api.Test
    void aTracedRunShowsItsTraceOnItsPage() throws Exception {
        long id = admin().post("pipelines/welcome/executions", null).json().path("executionId").asLong();
        String traceId = admin().await(id).path("traceId").asText();
        assertTrue(traceId.matches("[0-9a-f]{32}"), "serve traced the run: " + traceId);
        browser.driver.get(base() + "executions/" + id);
        // the page paints its header again as the run's events arrive: read the text of the element there at the time
        assertEquals(traceId, browser.until(d -> {
            String shown = d.findElement(org.openqa.selenium.By.cssSelector("#run-trace")).getText();
            return shown.isEmpty() ? null : shown;
        }), "the run page names the trace to look up");
    }
}
