package dev.baton.wildfly;

import dev.baton.console.Browser;
import dev.baton.console.ConsoleContract;
import dev.baton.rest.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's browser tests ({@link ConsoleContract}, the same as against {@code baton serve})
 * against WildFly 39 with {@code target/baton.war} deployed: the browser logs in with WildFly's
 * BASIC login, as a user of the ApplicationRealm in the role baton-admin or baton-viewer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WildFlyConsoleIT extends ConsoleContract {

    /** The deployed WAR's context on the test server (port offset 100, see arquillian.xml). */
    private static final String BASE = "http://127.0.0.1:8180/baton/";

    private Path scratch;

    @Deployment(testable = false)
    static WebArchive war() {
        return Wars.baton();
    }

    @Override
    protected void startServer() throws Exception {
        scratch = Files.createTempDirectory("baton-console-wildfly");
    }

    @Override
    protected void stopServer() {
        // Arquillian undeploys the WAR and stops the server
    }

    @Override
    protected boolean savesScreenshots() {
        return false; // the same pages as baton serve's (SeConsoleIT saves them)
    }

    @Override
    protected String base() {
        return BASE;
    }

    @Override
    protected ApiClient admin() {
        return new ApiClient(URI.create(BASE + "api/"), basic(WildFlyUsers.ADMIN, WildFlyUsers.ADMIN_PASSWORD));
    }

    @Override
    protected Path scratch() {
        return scratch;
    }

    /** What the browser sends once the user has answered WildFly's BASIC login. */
    @Override
    protected void signIn(Browser browser, boolean mayAct) {
        String authorization = mayAct ? basic(WildFlyUsers.ADMIN, WildFlyUsers.ADMIN_PASSWORD)
                : basic(WildFlyUsers.VIEWER, WildFlyUsers.VIEWER_PASSWORD);
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", authorization)));
        browser.driver.get(BASE);
        browser.find("#pipelines");
    }

    @Test
    void theConsoleAsksForWildFlysLogin() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "executions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, page.statusCode());
        assertTrue(page.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), page.headers().map().toString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
