package dev.baton.remote;

import dev.baton.stage.AgentDirectory;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A worker process's loop: takes a stage from the queue of stages only when one of its slots is
 * free (the consumer has no window, and it asks for a message only then), says it took it,
 * renews its lease with heartbeats while the stage runs ({@link WorkerStage}), and hears
 * cancellations on the control topic. A stage whose coordinator it has not heard say it is alive (on the
 * control topic) for a lease is abandoned: its processes are killed and its slot freed, since nobody waits
 * for its result. It needs only the broker: no job repository, no shared files.
 */
public final class Worker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Worker.class.getName());
    private static final int REMEMBERED_CANCELLATIONS = 10_000;

    private final String id;
    private final Path workRoot;
    private final AgentDirectory directory;
    private final PrintWriter out;
    private final Semaphore free;
    private final ExecutorService slots;
    private final ScheduledExecutorService heartbeats;
    private final JMSContext sending;
    private final JMSContext receiving;
    private final JMSContext control;
    private final JMSConsumer stages;
    private final Map<String, WorkerStage> running = new ConcurrentHashMap<>();
    private final Set<String> cancelled = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CANCELLATIONS;
        }
    }));
    private volatile boolean closing;

    /**
     * Connects to the broker.
     *
     * @param settings  the broker
     * @param slots     how many stages it runs at once
     * @param directory where stages find their agents and advisors
     * @param workRoot  where each stage gets a folder of its own while it runs
     * @param out       where it says what it does
     * @throws JMSRuntimeException if the broker cannot be reached or refuses the credentials
     */
    public Worker(BrokerSettings settings, int slots, AgentDirectory directory, Path workRoot, PrintWriter out) {
        this.id = identity();
        this.workRoot = workRoot;
        this.directory = directory;
        this.out = out;
        this.free = new Semaphore(slots);
        this.slots = Executors.newFixedThreadPool(slots, r -> daemon(r, "baton-worker-slot"));
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "baton-worker-heartbeat"));
        sending = settings.connectionFactory().createContext(settings.user(), settings.password(), JMSContext.AUTO_ACKNOWLEDGE);
        try {
            receiving = sending.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
            control = sending.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            control.createConsumer(control.createTopic(Channels.CONTROL)).setMessageListener(this::control);
            stages = receiving.createConsumer(receiving.createQueue(Channels.STAGES));
        } catch (RuntimeException e) {
            sending.close();
            throw e;
        }
    }

    /** This worker's name in reports: {@code HOST:PID}. */
    public String id() {
        return id;
    }

    /** Takes and runs stages until {@link #close()}; returns when closed. */
    public void run() throws InterruptedException {
        while (!closing) {
            free.acquire();
            Message message;
            try {
                message = stages.receive(500);
            } catch (JMSRuntimeException e) {
                free.release();
                if (closing) {
                    return;
                }
                throw e;
            }
            if (message == null || !take(message)) {
                free.release();
            }
        }
    }

    /** Takes a stage: false when it is dropped (cancelled meanwhile, unreadable, or its coordinator is gone). */
    private boolean take(Message message) {
        StageRequest request;
        Destination replyTo;
        try {
            replyTo = message.getJMSReplyTo();
            request = Codec.read(message.getBody(byte[].class), StageRequest.class);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "an unreadable stage message was dropped", e);
            acknowledge(message);
            return false;
        }
        if (cancelled.contains(request.token()) || replyTo == null) {
            acknowledge(message);
            return false;
        }
        try {
            send(replyTo, WorkerReply.of(WorkerReply.Type.STARTED, request.token(), id));
        } catch (JMSRuntimeException e) {
            LOG.log(Level.INFO, "the coordinator of a stage is gone; dropped", e);
            acknowledge(message);
            return false;
        }
        acknowledge(message);
        String coordinator = replyTo instanceof jakarta.jms.Queue queue ? Channels.name(queue) : replyTo.toString();
        WorkerStage stage = new WorkerStage(request, id, coordinator, workRoot.resolve(request.token()), directory, reply -> send(replyTo, reply));
        running.put(request.token(), stage);
        if (cancelled.contains(request.token())) { // cancelled between the check above and now
            stage.cancel();
        }
        say("took stage '%s' of %s execution %d", stage.name(), request.run().jobName(), request.run().executionId());
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> heartbeat(replyTo, request.token(), stage),
                request.heartbeatMillis(), request.heartbeatMillis(), TimeUnit.MILLISECONDS);
        slots.execute(() -> {
            try {
                var result = stage.run();
                say("stage '%s' %s", stage.name(), result == null ? "failed" : result.status().name().toLowerCase(Locale.ROOT));
            } finally {
                beat.cancel(false);
                running.remove(request.token());
                free.release();
            }
        });
        return true;
    }

    private void heartbeat(Destination replyTo, String token, WorkerStage stage) {
        if (stage.abandoned()) {
            return;
        }
        if (stage.coordinatorSilentFor() > stage.leaseMillis()) {
            say("abandoning stage '%s': its coordinator has not said it is alive for %d ms", stage.name(), stage.coordinatorSilentFor());
            stage.abandon();
            return;
        }
        try {
            send(replyTo, WorkerReply.of(WorkerReply.Type.HEARTBEAT, token, id));
        } catch (JMSRuntimeException e) {
            LOG.log(Level.INFO, "the coordinator of stage '" + stage.name() + "' is gone; stopping it", e);
            stage.abandon();
        }
    }

    private synchronized void send(Destination to, WorkerReply reply) {
        BytesMessage message = sending.createBytesMessage();
        try {
            message.writeBytes(Codec.bytes(reply));
            message.setStringProperty(Channels.TOKEN, reply.token());
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        sending.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                .setTimeToLive(Channels.REPLY_TIME_TO_LIVE).send(to, message);
    }

    private void control(Message message) {
        try {
            String coordinator = message.getStringProperty(Channels.COORDINATOR);
            if (coordinator != null) {
                running.values().forEach(stage -> stage.heardFrom(coordinator));
                return;
            }
            String token = message.getStringProperty(Channels.TOKEN);
            if (token == null) {
                return;
            }
            cancelled.add(token);
            WorkerStage stage = running.get(token);
            if (stage != null) {
                say("stopping stage '%s' (cancelled by its coordinator)", stage.name());
                stage.cancel();
            }
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "unreadable control message", e);
        }
    }

    private static void acknowledge(Message message) {
        try {
            message.acknowledge();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "cannot acknowledge a stage message", e);
        }
    }

    /**
     * Stops taking stages; those running are stopped without a result (their processes are
     * killed), so that their coordinators dispatch them again when the lease runs out.
     */
    @Override
    public void close() {
        closing = true;
        running.values().forEach(WorkerStage::abandon);
        slots.shutdown();
        try {
            slots.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
        sending.close();
    }

    private synchronized void say(String format, Object... args) {
        out.printf(Locale.ROOT, "baton: worker " + id + ": " + format + "%n", args);
        out.flush();
    }

    private static String identity() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
