package dev.baton.remote;

import dev.baton.pipeline.Decision;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.ArtifactBudget;
import dev.baton.stage.RunFolder;
import dev.baton.stage.RunIdentity;
import dev.baton.stage.StageWork;
import dev.baton.stage.Upstream;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's side of a remote stage against an embedded broker in this JVM and a scripted
 * worker (a plain JMS client that answers as the test says): leases, attempt tokens, cancellation,
 * the size limit.
 */
class RemoteStageTests {

    private static Broker broker;
    private static String url;

    @TempDir
    static Path brokerHome;
    @TempDir
    Path runFolder;

    private JMSContext fake;
    private JMSConsumer stages;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startBroker() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        url = "tcp://127.0.0.1:" + port;
        broker = Broker.start(new Broker.Options("127.0.0.1", port, null, null, null, null, brokerHome));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @BeforeEach
    void connectTheScriptedWorker() {
        fake = settings(300, 1 << 20).connectionFactory().createContext();
        stages = fake.createConsumer(fake.createQueue(Channels.STAGES));
    }

    @AfterEach
    void disconnect() {
        fake.close();
    }

    @Test
    void aSilentWorkersStageIsDispatchedAgainAndWhatItSendsLateIsDiscarded() throws Exception {
        CompletableFuture<StageResult> run = start(new RemoteStage(Dispatcher.of(settings(300, 1 << 20)), work(1), Set.of("s"), Map.of(),
                new RunFolder(runFolder), ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type)));
        Message first = stages.receive(10_000);
        String firstToken = first.getStringProperty(Channels.TOKEN);
        reply(first, WorkerReply.of(WorkerReply.Type.STARTED, firstToken, "ghost:1")); // and then nothing: it died

        Message second = stages.receive(10_000);
        assertNotNull(second, "dispatched again after the lease");
        String secondToken = second.getStringProperty(Channels.TOKEN);
        assertNotEquals(firstToken, secondToken, "under a new attempt token");
        reply(first, result(firstToken, "ghost:1", "late"));
        reply(second, WorkerReply.of(WorkerReply.Type.STARTED, secondToken, "alive:2"));
        reply(second, result(secondToken, "alive:2", "fresh"));

        StageResult result = run.get(10, TimeUnit.SECONDS);
        assertEquals("fresh", result.content());
        assertEquals("alive:2", result.worker());
        assertEquals(1, events.stream().filter("worker.lost"::equals).count(), events.toString());
    }

    @Test
    void aStageWhoseWorkersKeepDyingFailsWhenItsInfrastructureRetriesAreSpent() throws Exception {
        CompletableFuture<StageResult> run = start(new RemoteStage(Dispatcher.of(settings(300, 1 << 20)), work(0), Set.of("s"), Map.of(),
                new RunFolder(runFolder), ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type)));
        Message only = stages.receive(10_000);
        reply(only, WorkerReply.of(WorkerReply.Type.STARTED, only.getStringProperty(Channels.TOKEN), "ghost:1"));

        StageResult result = run.get(10, TimeUnit.SECONDS);
        assertEquals(StageStatus.FAILED, result.status());
        assertTrue(result.error().contains("worker ghost:1 stopped answering") && result.error().contains("retries are spent"), result.error());
    }

    @Test
    void aWaitingCoordinatorSaysItIsAliveNamingItsReplyQueue() throws Exception {
        JMSConsumer alive = fake.createConsumer(fake.createTopic(Channels.CONTROL), Channels.COORDINATOR + " IS NOT NULL");
        // a lease of 2 s: the coordinator says it is alive every 0.5 s
        RemoteStage stage = new RemoteStage(Dispatcher.of(settings(2_000, 1 << 20)), work(1), Set.of("s"), Map.of(),
                new RunFolder(runFolder), ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type));
        CompletableFuture<StageResult> run = start(stage);
        Message taken = stages.receive(10_000);
        Message said = alive.receive(10_000);
        assertNotNull(said, "workers hear the coordinator while it waits");
        assertEquals(((jakarta.jms.Queue) taken.getJMSReplyTo()).getQueueName(), said.getStringProperty(Channels.COORDINATOR));
        stage.stop();
        assertEquals(StageStatus.STOPPED, run.get(10, TimeUnit.SECONDS).status());
    }

    @Test
    void aStoppedStageIsCancelledOnTheControlTopic() throws Exception {
        JMSConsumer control = fake.createConsumer(fake.createTopic(Channels.CONTROL), Channels.TOKEN + " IS NOT NULL");
        RemoteStage stage = new RemoteStage(Dispatcher.of(settings(60_000, 1 << 20)), work(1), Set.of("s"), Map.of(),
                new RunFolder(runFolder), ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type));
        CompletableFuture<StageResult> run = start(stage);
        Message taken = stages.receive(10_000);
        String token = taken.getStringProperty(Channels.TOKEN);
        reply(taken, WorkerReply.of(WorkerReply.Type.STARTED, token, "busy:3"));

        stage.stop();
        Message cancel = control.receive(10_000);
        assertNotNull(cancel, "the worker is told");
        assertEquals(token, cancel.getStringProperty(Channels.TOKEN));
        reply(taken, new WorkerReply(WorkerReply.Type.RESULT, token, "busy:3", null, 0, null,
                Results.ended(work(1), StageStatus.STOPPED, "stage 's' was stopped", "t", "t", "busy:3"), Map.of()));
        assertEquals(StageStatus.STOPPED, run.get(10, TimeUnit.SECONDS).status());
    }

    @Test
    void aStageTooLargeToTravelFailsSayingSo() throws Exception {
        Files.writeString(runFolder.resolve("big.txt"), "x".repeat(5000));
        StageWork work = new StageWork(spec(0, List.of("big.txt")), new RunIdentity("job", 1, 1), Map.of(), Upstream.of(Map.of()),
                null, null, Set.of());
        StageResult result = new RemoteStage(Dispatcher.of(settings(300, 4000)), work, Set.of("s"), Map.of(), new RunFolder(runFolder),
                ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type)).run();
        assertEquals(StageStatus.FAILED, result.status());
        assertTrue(result.error().contains("more than the 4000 a stage may carry (BATON_WORKER_MAX_BYTES)"), result.error());
    }

    private static CompletableFuture<StageResult> start(RemoteStage stage) {
        return CompletableFuture.supplyAsync(stage::run);
    }

    private void reply(Message to, WorkerReply reply) throws Exception {
        BytesMessage message = fake.createBytesMessage();
        message.writeBytes(Codec.bytes(reply));
        fake.createProducer().send(to.getJMSReplyTo(), message);
    }

    private static WorkerReply result(String token, String worker, String content) {
        StageResult result = new StageResult("s", StageStatus.PASSED, 1, 1, null, null, 0.0, content, List.of(), null, null, false, 1,
                "t", "t", Map.of(), worker);
        return new WorkerReply(WorkerReply.Type.RESULT, token, worker, null, 0, null, result, Map.of());
    }

    private static BrokerSettings settings(long leaseMillis, long maxBytes) {
        return new BrokerSettings(url, null, null, leaseMillis, maxBytes);
    }

    private static StageWork work(int infraRetries) {
        return new StageWork(spec(infraRetries, List.of()), new RunIdentity("job", 1, 1), Map.of(), Upstream.of(Map.of()), null, null, Set.of());
    }

    private static StageSpec spec(int infraRetries, List<String> inputs) {
        return new StageSpec("s", "echo", List.of(), Decision.MAJORITY, "x", null, null, 1, null, inputs, List.of(), OnReject.FAIL,
                Map.of("infra_retries", infraRetries, "backoff_seconds", 0), List.of(), 1);
    }

    @Test
    void whenTheApplicationStopsItsConnectionsToTheBrokerAreClosed() {
        Dispatcher open = Dispatcher.of(settings(300, 1 << 20));

        OpenConnections.closeAll();

        assertThrows(jakarta.jms.IllegalStateRuntimeException.class, () -> open.send("closed", new byte[0]),
                "the closed connection sends nothing");
        Dispatcher next = Dispatcher.of(settings(300, 1 << 20));
        assertNotSame(open, next, "the next stage connects again");
        next.close();
    }
}
