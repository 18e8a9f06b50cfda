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

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WildFly's JDBC job repository on an H2 file (src/main/wildfly/jdbc-repository.cli) keeps runs
 * and their checkpoints when the server restarts its services ({@code :reload}: every subsystem,
 * the batch runtime and the deployment start again; an in-memory repository would be empty). All
 * through the management model, as an operator would: {@code start-job}, {@code restart-job},
 * {@code read-resource(include-runtime=true)}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JdbcRepositoryIT {

    private static final ModelNode BATCH = Operations.createAddress("deployment", "baton.war", "subsystem", "batch-jberet");

    @ArquillianResource
    ManagementClient management;

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

        execute(Operations.createOperation("reload"));
        awaitRunning();

        assertEquals("FAILED", batchStatus("welcome", failed), "the run is still in the repository");
        ModelNode restart = Operations.createOperation("restart-job", BATCH);
        restart.get("execution-id").set(failed);
        restart.get("properties").get("customer").set("Cy");
        long restarted = execute(restart).asLong();
        assertEquals("COMPLETED", await("welcome", restarted));
        ModelNode steps = execute(Operations.createReadResourceOperation(
                execution("welcome", restarted).add("step-execution", "*"), false));
        assertEquals(1, steps.asList().size(), "only 'letter' runs again: " + steps);
    }

    private static ModelNode startJob(String job) {
        ModelNode op = Operations.createOperation("start-job", BATCH);
        op.get("job-xml-name").set(job);
        return op;
    }

    private static ModelNode execution(String job, long id) {
        return Operations.createAddress("deployment", "baton.war", "subsystem", "batch-jberet", "job", job, "execution", Long.toString(id));
    }

    private String batchStatus(String job, long id) throws IOException {
        ModelNode read = Operations.createReadResourceOperation(execution(job, id));
        read.get("include-runtime").set(true);
        return execute(read).get("batch-status").asString();
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
