package dev.baton.wildfly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.rest.ApiClient;
import dev.baton.rest.RestApiContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REST API's tests ({@link RestApiContract}, the same as against {@code baton serve}) against
 * WildFly 39 with {@code target/baton.war} deployed, as HTTP clients, with users of WildFly's
 * ApplicationRealm in the roles baton-admin and baton-viewer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WildFlyApiIT extends RestApiContract {

    @ArquillianResource
    URL context;

    @Deployment(testable = false)
    static WebArchive war() {
        return Wars.baton();
    }

    @Override
    protected ApiClient admin() {
        return api(WildFlyUsers.ADMIN, WildFlyUsers.ADMIN_PASSWORD);
    }

    @Override
    protected ApiClient viewer() {
        return api(WildFlyUsers.VIEWER, WildFlyUsers.VIEWER_PASSWORD);
    }

    /**
     * In WildFly the batch thread pool and the threads' stacks are the server's, not Baton's: a chain
     * longer than the 1,500 steps at which a flat job overflowed the runner's stack, and a wave as wide,
     * still complete, because the translation keeps the job's depth small.
     */
    @Test
    void aChainAndAWaveOfTwoThousandStagesComplete() throws Exception {
        for (boolean chain : new boolean[] {true, false}) {
            String name = (chain ? "chain-" : "wave-") + UUID.randomUUID().toString().substring(0, 8);
            StringBuilder yaml = new StringBuilder("name: " + name + "\nstages:\n");
            for (int i = 0; i < 2_000; i++) {
                yaml.append("  - {name: s").append(i).append(", agent: template, task: \"").append(i).append('"')
                        .append(chain && i > 0 ? ", depends_on: [s" + (i - 1) + "]" : "").append("}\n");
            }
            assertEquals(201, admin().putYaml("pipelines/" + name, yaml.toString()).status());
            ApiClient.Reply started = admin().post("pipelines/" + name + "/executions", chain ? "{}" : "{\"parallel\": true}");
            assertEquals(201, started.status(), started.toString());
            JsonNode run = admin().await(started.json().path("executionId").asLong());
            assertEquals("COMPLETED", run.path("status").asText(), name + ": " + run.path("error"));
            long passed = 0;
            for (JsonNode stage : run.path("stages")) {
                passed += "PASSED".equals(stage.path("status").asText()) ? 1 : 0;
            }
            assertEquals(2_000, passed, name);
        }
    }

    /**
     * {@code baton run --server} against the deployment, with a user of WildFly's ApplicationRealm in
     * the variables the command line reads: the run is the server's, and a viewer may not start one.
     */
    @Test
    void theCommandLineRunsAPipelineFileOnTheDeployment(@org.junit.jupiter.api.io.TempDir java.nio.file.Path work) throws Exception {
        java.nio.file.Path file = work.resolve("hello-wildfly.yaml");
        java.nio.file.Files.writeString(file, "stages:\n  - {name: hello, agent: template, task: \"Hello {{ who }}\"}\n");
        String server = java.net.URI.create(context.toString()).resolve("api/").toString();
        dev.baton.testing.BatonProcess.Result run = dev.baton.testing.BatonProcess.run(work, work.resolve("home"),
                java.util.Map.of("BATON_API_USER", WildFlyUsers.ADMIN, "BATON_API_PASSWORD", WildFlyUsers.ADMIN_PASSWORD),
                "run", "--server", server, "--pipeline", file.toString(), "--mem", "who=WildFly");
        assertEquals(0, run.exitCode(), run.toString());
        org.junit.jupiter.api.Assertions.assertTrue(run.stdout().matches("(?s).*\\[wave 1] hello +passed.*"), run.stdout());
        long id = Long.parseLong(run.stdout().replaceFirst("(?s).*baton: execution (\\d+) COMPLETED.*", "$1"));
        JsonNode done = admin().get("executions/" + id).json();
        assertEquals("hello-wildfly", done.path("pipeline").asText());
        assertEquals("Hello WildFly", done.path("memory").path("hello.content").asText().strip());

        dev.baton.testing.BatonProcess.Result viewer = dev.baton.testing.BatonProcess.run(work, work.resolve("home"),
                java.util.Map.of("BATON_API_USER", WildFlyUsers.VIEWER, "BATON_API_PASSWORD", WildFlyUsers.VIEWER_PASSWORD),
                "run", "--server", server, "--pipeline", file.toString(), "--mem", "who=WildFly");
        assertEquals(2, viewer.exitCode(), viewer.toString());
        org.junit.jupiter.api.Assertions.assertTrue(viewer.stderr().contains("refused this command"), viewer.stderr());
    }

    private ApiClient api(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(java.net.URI.create(context.toString()).resolve("api/"), basic);
    }
}
