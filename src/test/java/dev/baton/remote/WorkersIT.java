package dev.baton.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.baton.testing.Repositories;
import dev.baton.testing.Repositories.Repository;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stages on worker processes: a broker and worker JVMs on loopback, each with its own BATON_HOME,
 * and runs that send their stages to them ({@code --broker}).
 */
class WorkersIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path PIPELINES = PROJECT.resolve("src/test/resources/workers");
    /** A short lease, so that a lost worker's stage is dispatched again soon. */
    private static final Map<String, String> COORDINATOR = Map.of("BATON_WORKER_LEASE_SECONDS", "2");

    private static Path brokerHome;
    private static Process broker;
    private static String url;

    @TempDir
    Path dir;

    /** The workers and coordinators a test started: stopped after it, whatever it asserted. */
    private final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        brokerHome = Files.createTempDirectory("baton-broker", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        int port = freePort();
        url = "tcp://127.0.0.1:" + port;
        broker = BatonProcess.start(PROJECT, brokerHome, Map.of(), brokerHome.resolve("broker.log"), "broker", "--port", Integer.toString(port));
        awaitLine(brokerHome.resolve("broker.log"), "baton: broker at");
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            broker.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        // coordinators first (registered after their workers): a live one would dispatch its stage again
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        for (Process process : processes) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        // a stage a stopped worker gave back, or one a killed coordinator left queued, is not the next test's
        try (jakarta.jms.JMSContext broker = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(url).createContext()) {
            jakarta.jms.JMSConsumer stages = broker.createConsumer(broker.createQueue(Channels.STAGES));
            while (stages.receive(300) != null) {
                // dropped
            }
        }
    }

    @Test
    void fiveStagesOnTwoWorkersWithTwoSlotsEach() throws Exception {
        long first = worker("one", 2);
        long second = worker("two", 2);
        BatonProcess.Result run = BatonProcess.run(PROJECT, home("coordinator"), COORDINATOR, "run", "--pipeline",
                PIPELINES.resolve("five.yaml").toString(), "--parallel", "--max-workers", "4", "--broker", url, "--output", "json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = Json.tree(run.stdout());
        Set<String> named = new HashSet<>();
        String host = null;
        for (JsonNode stage : report.get("stages")) {
            assertEquals("PASSED", stage.get("status").asText(), stage.toString());
            String worker = stage.get("worker").asText();
            host = worker.substring(0, worker.lastIndexOf(':'));
            named.add(worker);
        }
        assertEquals(Set.of(host + ":" + first, host + ":" + second), named, "the report names both workers");
        String downstreamWorker = report.get("stages").get(4).get("worker").asText();
        String read = report.get("memory").get("e.content").asText();
        Set<String> writers = new HashSet<>();
        for (String stage : List.of("a", "b", "c", "d")) {
            String writer = null;
            for (JsonNode s : report.get("stages")) {
                if (s.get("name").asText().equals(stage)) {
                    writer = s.get("worker").asText();
                }
            }
            String pid = writer.substring(writer.lastIndexOf(':') + 1);
            assertTrue(read.contains(stage + " " + pid), "e read the file " + stage + " wrote on " + writer + ": " + read);
            writers.add(writer);
        }
        assertTrue(writers.stream().anyMatch(w -> !w.equals(downstreamWorker)),
                "at least one file e read was written on the other worker: " + writers + " vs " + downstreamWorker);
    }

    @Test
    void theMainJobRunsOnAWorkerAndItsZipHoldsThePageWithItsStylesheet() throws Exception {
        long only = worker("main", 2);
        Path home = home("coordinator");
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, COORDINATOR, "run", "--pipeline",
                PROJECT.resolve("pipelines/idea-to-zip.yaml").toString(), "--parallel", "--broker", url, "--output", "json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = Json.tree(run.stdout());
        for (JsonNode stage : report.get("stages")) {
            assertEquals("PASSED", stage.get("status").asText(), stage.toString());
            assertTrue(stage.get("worker").asText().endsWith(":" + only), "ran on the worker: " + stage);
        }
        // only declared inputs travel: the checks and the zip see the stylesheet because the pipeline names it
        List<String> zipped = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(home.resolve("runs/1/dist/idea-to-zip.zip").toFile())) {
            zip.stream().forEach(entry -> zipped.add(entry.getName()));
        }
        assertTrue(zipped.containsAll(List.of("site/index.html", "site/styles.css", "README.md")), zipped.toString());
    }

    static List<Repository> repositories() {
        return Repositories.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aWorkerKilledMidStageHandsItsStageToAnother(Repository repository) throws Exception {
        Path marks = dir.resolve("marks");
        Files.writeString(marks.resolveSibling("marks.sleep"), "3");
        long first = worker("one", 1, Map.of("MARK", marks.toString()));
        long second = worker("two", 1, Map.of("MARK", marks.toString()));
        Path home = home("coordinator");
        Map<String, String> env = coordinator(repository);
        Process run = BatonProcess.start(PROJECT, home, env, dir.resolve("run.json"), "run", "--pipeline",
                PIPELINES.resolve("one-slow.yaml").toString(), "--broker", url, "--output", "json");
        processes.add(run);
        long victim = Long.parseLong(awaitLine(marks, "").strip());
        ProcessHandle.of(victim).orElseThrow().destroyForcibly();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the run ended");
        String out = Files.readString(dir.resolve("run.json"));
        assertEquals(0, run.exitValue(), out);
        JsonNode report = Json.tree(out.substring(out.indexOf('{')));
        long survivor = victim == first ? second : first;
        JsonNode stage = report.get("stages").get(0);
        assertTrue(stage.get("worker").asText().endsWith(":" + survivor), stage.toString());
        assertEquals(Long.toString(survivor), report.get("memory").get("slow.content").asText().strip());
        List<String> events = Files.readAllLines(Path.of(report.get("runFolder").asText(), "events.jsonl"));
        assertEquals(1, events.stream().filter(e -> e.contains("\"type\":\"worker.lost\"")).count(), String.join("\n", events));
        assertEquals(1, events.stream().filter(e -> e.contains("\"type\":\"stage.passed\"")).count(), "recorded once: " + events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void stopReachesTheWorkersAndTheRestartCompletes(Repository repository) throws Exception {
        Path marks = dir.resolve("marks");
        Path sleep = marks.resolveSibling("marks.sleep");
        Files.writeString(sleep, "61.3");
        worker("one", 1, Map.of("MARK", marks.toString()));
        worker("two", 1, Map.of("MARK", marks.toString()));
        Path home = home("coordinator");
        Map<String, String> env = coordinator(repository);
        Process run = BatonProcess.start(PROJECT, home, env, dir.resolve("run.txt"), "run", "--pipeline",
                PIPELINES.resolve("two-slow.yaml").toString(), "--parallel", "--broker", url);
        processes.add(run);
        long deadline = System.currentTimeMillis() + 120_000;
        while (lines(marks) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(2, lines(marks), "both stages started on workers");
        assertTrue(awaitSleeping(), "their processes run");
        String id = execution(home, env);

        BatonProcess.Result stop = BatonProcess.run(PROJECT, home, env, "stop", id);
        assertEquals(0, stop.exitCode(), stop.toString());
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ended");
        BatonProcess.Result status = BatonProcess.run(PROJECT, home, env, "status", id, "--output", "json");
        assertEquals("STOPPED", Json.tree(status.stdout()).get("status").asText(), status.toString());
        assertFalse(sleeping(), "no stage process is left on the workers");

        Files.writeString(sleep, "0");
        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, env, "restart", id, "--broker", url, "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        assertEquals("COMPLETED", Json.tree(restart.stdout()).get("status").asText());
    }

    @Test
    void failFastStopsTheStagesOnWorkers() throws Exception {
        Path marks = dir.resolve("marks");
        worker("one", 1, Map.of("MARK", marks.toString()));
        worker("two", 1, Map.of("MARK", marks.toString()));
        BatonProcess.Result run = BatonProcess.run(PROJECT, home("coordinator"), COORDINATOR, "run", "--pipeline",
                PIPELINES.resolve("fail-fast.yaml").toString(), "--parallel", "--fail-fast", "--broker", url, "--output", "json");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode report = Json.tree(run.stdout());
        assertEquals("STOPPED", report.get("status").asText(), run.toString());
        JsonNode sleeps = report.get("stages").get(0);
        assertEquals("STOPPED", sleeps.get("status").asText(), "the minute's sleep was stopped: " + sleeps);
        assertTrue(sleeps.get("worker").asText().endsWith(":" + Files.readString(marks).strip()), "on its worker: " + sleeps);
        assertEquals("FAILED", report.get("stages").get(1).get("status").asText());
        assertFalse(sleeping(), "no stage process is left on the workers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aKilledCoordinatorsRunIsRestartedOnTheWorkers(Repository repository) throws Exception {
        Path marks = dir.resolve("marks");
        Path sleep = marks.resolveSibling("marks.sleep");
        Files.writeString(sleep, "5");
        long worker = worker("one", 1, Map.of("MARK", marks.toString()));
        Path home = home("coordinator");
        Map<String, String> env = coordinator(repository);
        Process run = BatonProcess.start(PROJECT, home, env, dir.resolve("run.txt"), "run", "--pipeline",
                PIPELINES.resolve("one-slow.yaml").toString(), "--broker", url);
        processes.add(run);
        awaitLine(marks, "");
        // killed while its stage still sleeps on the worker; its execution is looked up afterwards, so that a slow
        // lookup on a loaded machine cannot let the stage end first
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);
        String id = execution(home, env);
        BatonProcess.Result status = BatonProcess.run(PROJECT, home, env, "status", id, "--output", "json");
        assertEquals("CRASHED", Json.tree(status.stdout()).get("status").asText(), status.toString());

        Files.writeString(sleep, "0");
        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, env, "restart", id, "--broker", url, "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        JsonNode report = Json.tree(restart.stdout());
        JsonNode stage = report.get("stages").get(0);
        assertEquals("PASSED", stage.get("status").asText());
        assertTrue(stage.get("worker").asText().endsWith(":" + worker), stage.toString());
        assertEquals(report.get("executionId").asLong(), stage.get("executionId").asLong(), "the restart's dispatch is the one recorded");
        assertEquals(2, lines(marks), "dispatched once by the dead coordinator, once by the restart");
    }

    @Test
    void aWorkerAbandonsTheStageOfADeadCoordinatorAndFreesItsSlot() throws Exception {
        Path marks = dir.resolve("marks");
        Path sleep = marks.resolveSibling("marks.sleep");
        Files.writeString(sleep, "61.3");
        long worker = worker("one", 1, Map.of("MARK", marks.toString()));
        Process run = BatonProcess.start(PROJECT, home("coordinator"), COORDINATOR, dir.resolve("run.txt"), "run", "--pipeline",
                PIPELINES.resolve("one-slow.yaml").toString(), "--broker", url);
        processes.add(run);
        awaitLine(marks, "");
        assertTrue(awaitSleeping(), "the stage's process runs on the worker");
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);
        // half of the stage's minute: a worker that did not notice would still be running it
        long deadline = System.currentTimeMillis() + 30_000;
        while (sleeping() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(sleeping(), "the worker killed the process of the stage nobody waits for");
        assertTrue(awaitLine(dir.resolve("one/worker.log"), "abandoning stage").contains("'slow': its coordinator has not said it is alive"));

        Files.writeString(sleep, "0");
        BatonProcess.Result next = BatonProcess.run(PROJECT, home("next"), COORDINATOR, "run", "--pipeline",
                PIPELINES.resolve("one-slow.yaml").toString(), "--broker", url, "--output", "json");
        assertEquals(0, next.exitCode(), next.toString());
        assertTrue(Json.tree(next.stdout()).get("stages").get(0).get("worker").asText().endsWith(":" + worker),
                "the worker's one slot is free again: " + next);
    }

    @Test
    void aBrokerWithCredentialsRefusesWorkersWithout() throws Exception {
        BatonProcess.Result open = BatonProcess.run(PROJECT, home("open"), "broker", "--bind", "0.0.0.0", "--port", Integer.toString(freePort()));
        assertEquals(2, open.exitCode(), open.toString());
        assertTrue(open.stderr().contains("BATON_BROKER_USER"), open.toString());

        Path home = home("guarded");
        int port = freePort();
        Map<String, String> credentials = Map.of("BATON_BROKER_USER", "baton", "BATON_BROKER_PASSWORD", "s3cret-for-the-test");
        Process guarded = BatonProcess.start(PROJECT, home, credentials, home.resolve("broker.log"), "broker", "--port", Integer.toString(port));
        try {
            awaitLine(home.resolve("broker.log"), "baton: broker at");
            String guardedUrl = "tcp://127.0.0.1:" + port;
            BatonProcess.Result stranger = BatonProcess.run(PROJECT, home("stranger"), Map.of("BATON_BROKER_PASSWORD", "guess"),
                    "worker", "--broker", guardedUrl, "--slots", "1");
            assertEquals(2, stranger.exitCode(), stranger.toString());
            assertTrue(stranger.stderr().contains("cannot reach the broker at " + guardedUrl), stranger.toString());
            BatonProcess.Result run = BatonProcess.run(PROJECT, home("coordinator"), Map.of(), "run", "--pipeline",
                    PIPELINES.resolve("five.yaml").toString(), "--broker", guardedUrl);
            assertEquals(2, run.exitCode(), run.toString());
            assertFalse(run.stderr().contains("s3cret"), run.toString());
        } finally {
            guarded.destroy();
            guarded.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The environment of a coordinator with this repository. */
    private static Map<String, String> coordinator(Repository repository) {
        Map<String, String> env = new java.util.HashMap<>(COORDINATOR);
        env.putAll(repository.env());
        return env;
    }

    /** The execution of the one run the coordinator in {@code home} started (its run folder is named by its job instance). */
    private static String execution(Path home, Map<String, String> env) throws Exception {
        List<String> instances;
        try (var runs = Files.list(home.resolve("runs"))) {
            instances = runs.map(p -> p.getFileName().toString()).toList();
        }
        assertEquals(1, instances.size(), "one run folder: " + instances);
        // --limit: other test runs may share a PostgreSQL repository
        BatonProcess.Result list = BatonProcess.run(PROJECT, home, env, "list", "--limit", "200", "--output", "json");
        for (JsonNode row : Json.tree(list.stdout())) {
            if (row.get("instanceId").asText().equals(instances.get(0))) {
                return row.get("executionId").asText();
            }
        }
        throw new AssertionError("baton list shows no execution of instance " + instances.get(0) + ": " + list);
    }

    @Test
    void overTlsAWorkerAndARunConnectAndAPlainClientIsRefused() throws Exception {
        Path keys = home("keys");
        String storePassword = "store-pass-for-the-test";
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keys.resolve("broker.p12").toString(),
                "-storepass", storePassword, "-keypass", storePassword);
        keytool("-exportcert", "-alias", "broker", "-keystore", keys.resolve("broker.p12").toString(), "-storepass", storePassword,
                "-file", keys.resolve("broker.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", keys.resolve("broker.cer").toString(), "-storetype", "PKCS12",
                "-keystore", keys.resolve("trust.p12").toString(), "-storepass", "trust-pass");
        Map<String, String> credentials = Map.of("BATON_BROKER_USER", "baton", "BATON_BROKER_PASSWORD", "s3cret-for-the-test");
        Map<String, String> brokerEnv = new java.util.HashMap<>(credentials);
        brokerEnv.put("BATON_BROKER_KEYSTORE_PASSWORD", storePassword);
        Path home = home("tls-broker");
        int port = freePort();
        Process tls = BatonProcess.start(PROJECT, home, brokerEnv, home.resolve("broker.log"), "broker", "--port", Integer.toString(port),
                "--tls-keystore", keys.resolve("broker.p12").toString());
        try {
            assertTrue(awaitLine(home.resolve("broker.log"), "baton: broker at").contains("(TLS)"));
            // a plain client gets no answer to its first request: it gives up after the call timeout (30 s unless told)
            String plain = "tcp://127.0.0.1:" + port + "?callTimeout=5000";
            BatonProcess.Result refused = BatonProcess.run(PROJECT, home("plain"), credentials, "worker", "--broker", plain, "--slots", "1");
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.stderr().contains("cannot reach the broker at " + plain), refused.toString());

            String secure = "tcp://127.0.0.1:" + port + "?sslEnabled=true&trustStorePath=" + keys.resolve("trust.p12") + "&trustStorePassword=trust-pass";
            Path workerHome = home("tls-worker");
            Process worker = BatonProcess.start(PROJECT, workerHome, credentials, workerHome.resolve("worker.log"), "worker",
                    "--broker", secure, "--slots", "1");
            processes.add(worker);
            awaitLine(workerHome.resolve("worker.log"), "takes up to");
            BatonProcess.Result run = BatonProcess.run(PROJECT, home("coordinator"), credentials, "run", "--pipeline",
                    PIPELINES.resolve("broker-password.yaml").toString(), "--broker", secure, "--output", "json");
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals("none " + worker.pid(), Json.tree(run.stdout()).get("memory").get("look.content").asText().strip(),
                    "ran on the worker, whose stage process does not see the broker's password");
        } finally {
            tls.destroy();
            tls.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), "keytool " + String.join(" ", args) + ": " + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /**
     * Whether a stage's {@code sleep 61.3} runs, waiting up to 30 s for it: the stage writes its
     * mark a moment before its shell starts the sleep.
     */
    private static boolean awaitSleeping() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!sleeping() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return sleeping();
    }

    private static boolean sleeping() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains("sleep 61.3"));
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
    }

    private long worker(String name, int slots) throws Exception {
        return worker(name, slots, Map.of());
    }

    /** Starts a worker in a home of its own; returns its process id once it listens. */
    private long worker(String name, int slots, Map<String, String> env) throws Exception {
        Path home = home(name);
        Process worker = BatonProcess.start(PROJECT, home, env, home.resolve("worker.log"), "worker", "--broker", url,
                "--slots", Integer.toString(slots));
        processes.add(worker);
        awaitLine(home.resolve("worker.log"), "takes up to");
        return worker.pid();
    }

    private Path home(String name) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return home;
    }

    /** The first line of the file that contains {@code text}, waiting up to two minutes for it. */
    private static String awaitLine(Path file, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains(text) && !line.isBlank()) {
                        return line;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with '" + text + "' in " + file + " within two minutes: "
                + (Files.exists(file) ? Files.readString(file) : "(no file)"));
    }
}
