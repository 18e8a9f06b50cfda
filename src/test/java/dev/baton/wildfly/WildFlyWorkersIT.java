package dev.baton.wildfly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.remote.Broker;
import dev.baton.rest.ApiClient;
import dev.baton.testing.BatonProcess;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.arquillian.setup.SystemPropertyServerSetupTask;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WAR in WildFly sends its stages to a worker on Java SE: a broker (the one {@code baton broker}
 * starts, in this JVM) and a worker ({@code baton worker}) run beside the server, which reaches the broker through the connection
 * factory of {@code src/main/wildfly/remote-workers.cli} (applied by {@code prepare.sh} without its last
 * line); while this class runs, the server has that last line's system property, the switch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup({WildFlyWorkersIT.BrokerAndWorker.class, WildFlyWorkersIT.UseTheBroker.class})
class WildFlyWorkersIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SCRIPT = PROJECT.resolve("src/main/wildfly/remote-workers.cli");

    /** The broker runs in this JVM, which has no logging configuration: its audit of every acknowledgement stays out of the build's output. */
    private static final java.util.logging.Logger AUDIT = quiet("org.apache.activemq.audit");

    private static Path homes;
    private static Broker broker;
    private static Process worker;

    @ArquillianResource
    URL context;

    @Deployment(testable = false)
    static WebArchive war() {
        return Wars.baton();
    }

    @Test
    void theExamplesStagesRunOnTheWorker() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (WildFlyUsers.ADMIN + ":" + WildFlyUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiClient admin = new ApiClient(URI.create(context.toString()).resolve("api/"), basic);
        ApiClient.Reply started = admin.post("pipelines/example/executions", "{\"parallel\": true}");
        assertEquals(201, started.status(), started.toString());
        JsonNode run = admin.await(started.json().path("executionId").asLong());
        assertEquals("COMPLETED", run.path("status").asText(), run.toString());
        assertEquals(5, run.path("stages").size(), run.toString());
        for (JsonNode stage : run.path("stages")) {
            assertEquals("PASSED", stage.path("status").asText(), stage.toString());
            assertTrue(stage.path("worker").asText().endsWith(":" + worker.pid()), "ran on the worker: " + stage);
        }
        String log = Files.readString(homes.resolve("worker/worker.log"));
        assertEquals(5, Pattern.compile("took stage").matcher(log).results().count(), log);
    }

    /** A broker on the port the server's connector names, and a worker with two slots; stopped after the class. */
    public static final class BrokerAndWorker implements org.jboss.as.arquillian.api.ServerSetupTask {

        @Override
        public void setup(ManagementClient management, String container) throws Exception {
            ModelNode resolve = new ModelNode();
            resolve.get("operation").set("resolve-expression");
            resolve.get("address").setEmptyList();
            resolve.get("expression").set(new ModelNode().set(new org.jboss.dmr.ValueExpression(connectorPort())));
            String port = executeOperation(management, resolve).asString();
            homes = Files.createTempDirectory("baton-wildfly-workers", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            broker = Broker.start(new Broker.Options("127.0.0.1", Integer.parseInt(port), null, null, null, null, homes.resolve("broker")));
            Path workerHome = Files.createDirectory(homes.resolve("worker"));
            worker = BatonProcess.start(PROJECT, workerHome, Map.of(), workerHome.resolve("worker.log"), "worker", "--broker",
                    "tcp://127.0.0.1:" + port, "--slots", "2");
            BatonProcess.awaitLine(workerHome.resolve("worker.log"), "takes up to");
        }

        @Override
        public void tearDown(ManagementClient management, String container) throws Exception {
            if (worker != null) {
                worker.destroy();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** The script's last line: the system property that sends the server's stages to the broker. */
    public static final class UseTheBroker extends SystemPropertyServerSetupTask {
        public UseTheBroker() throws IOException {
            super(Map.of("baton.broker", scriptLine("/system-property=baton.broker:add\\(value=([^)]+)\\)")));
        }
    }

    /** The expression the script gives the connector's port. */
    private static String connectorPort() throws IOException {
        return scriptLine("remote-destination-outbound-socket-binding=baton-broker:add\\(.*port=\"(\\$\\{[^}]+})\"");
    }

    private static String scriptLine(String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(SCRIPT));
        if (!m.find()) {
            throw new AssertionError(SCRIPT + " has no line matching " + regex);
        }
        return m.group(1);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }
}
