package dev.baton.wildfly;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.rest.ApiClient;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WildFly's JDBC job repository on an H2 file (src/main/wildfly/jdbc-repository.cli) keeps runs
 * and their checkpoints when the server restarts its services ({@code :reload}: every subsystem,
 * the batch runtime and the deployment start again, the connection pool closes and H2 with it, and
 * reopens the file; an in-memory repository would be empty). All
 * through the management model, as an operator would: {@code start-job}, {@code restart-job},
 * {@code read-resource(include-runtime=true)}; which execution ran each stage, through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JdbcRepositoryIT {

    private static final ModelNode BATCH = Operations.createAddress("deployment", "baton.war", "subsystem", "batch-jberet");

    @ArquillianResource
    ManagementClient management;

    @ArquillianResource
    URL context;

    @Deployment(testable = false)
    static WebArchive war() {
        return Wars.baton();
    }

    @Test
    void aFailedRunSurvivesAReloadAndRestartsFromTheManagementModel() throws Exception {
        assertEquals("baton", execute(Operations.createReadAttributeOperation(
                Operations.createAddress("subsystem", "batch-jberet"), "default-job-repository")).asString());

        long failed = execute(startJob("welcome")).asLong();
        assertEquals("FAILED", await("welcome", failed));

        Path file = Path.of(System.getProperty("jboss.home"), "standalone/data/baton-repository/jberet.mv.db");
        assertTrue(Files.size(file) > 0, "the repository is a file: " + file);
        execute(Operations.createOperation("reload"));
        awaitRunning();

        assertEquals("FAILED", batchStatus("welcome", failed), "the run is still in the repository");
        ModelNode restart = Operations.createOperation("restart-job", BATCH);
        restart.get("execution-id").set(failed);
        restart.get("properties").get("customer").set("Cy");
        long restarted = execute(restart).asLong();
        assertEquals("COMPLETED", await("welcome", restarted));
        JsonNode stages = api().get("executions/" + restarted).json().path("stages");
        assertEquals(failed, stage(stages, "outline").path("executionId").asLong(), "'outline' completed in the first run: " + stages);
        assertEquals(restarted, stage(stages, "letter").path("executionId").asLong(), "only 'letter' ran again: " + stages);
        assertTrue(stage(stages, "letter").path("status").asText().equals("PASSED"), stages.toString());
    }

    private static JsonNode stage(JsonNode stages, String name) {
        for (JsonNode s : stages) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages);
    }

    private ApiClient api() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (WildFlyUsers.VIEWER + ":" + WildFlyUsers.VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(URI.create(context.toString()).resolve("api/"), basic);
    }

    private static ModelNode startJob(String job) {
        ModelNode op = Operations.createOperation("start-job", BATCH);
        op.get("job-xml-name").set(job);
        return op;
    }

    private static ModelNode execution(String job, long id) {
        return Operations.createAddress("deployment", "baton.war", "subsystem", "batch-jberet", "job", job, "execution", Long.toString(id));
    }

    /**
     * The execution's batch status, read through its job's resource as an operator would in
     * jboss-cli: the server adds an execution to the model when it reads the job's children, so a
     * run just started may not be addressable by itself yet.
     */
    private String batchStatus(String job, long id) throws IOException {
        ModelNode read = Operations.createReadResourceOperation(
                Operations.createAddress("deployment", "baton.war", "subsystem", "batch-jberet", "job", job), true);
        read.get("include-runtime").set(true);
        ModelNode execution = execute(read).get("execution", Long.toString(id));
        return execution.isDefined() ? execution.get("batch-status").asString() : "STARTING";
    }

    private String await(String job, long id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String status = batchStatus(job, id);
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + id + " did not end");
    }

    private void awaitRunning() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        Thread.sleep(500);
        while (System.currentTimeMillis() < deadline) {
            try {
                ModelNode state = management.getControllerClient().execute(
                        Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                if (Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state).asString())) {
                    return;
                }
            } catch (IOException | RuntimeException reloading) {
                // the controller is restarting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not come back from the reload");
    }

    private ModelNode execute(ModelNode op) throws IOException {
        ModelNode result = management.getControllerClient().execute(op);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new AssertionError(op + " failed: " + Operations.getFailureDescription(result));
        }
        return Operations.readResult(result);
    }
}
