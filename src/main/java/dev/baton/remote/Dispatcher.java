package dev.baton.remote;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.Topic;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The coordinator's side of the broker, one per process and broker: sends stages to the queue of
 * stages, hears the workers' replies on a temporary queue of its own (gone with this process, so
 * that replies meant for a dead coordinator are never read by another) and hands each to the
 * mailbox of its attempt token, and names cancelled dispatches on the control topic. While any of its
 * stages waits for a worker, it says on the control topic that it is alive, once per heartbeat: a worker
 * that stops hearing the coordinator of a stage for a lease abandons the stage.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final Map<BrokerSettings, Dispatcher> BY_SETTINGS = new ConcurrentHashMap<>();

    private final BrokerSettings settings;
    private final JMSContext sending;
    private final JMSContext listening;
    private final TemporaryQueue replies;
    private final Queue stages;
    private final Topic control;
    private final Map<String, BlockingQueue<WorkerReply>> mailboxes = new ConcurrentHashMap<>();
    private final String name;
    private volatile long aliveSaidAt;

    private Dispatcher(BrokerSettings settings) {
        this.settings = settings;
        ConnectionFactory factory = settings.connectionFactory();
        sending = factory.createContext(settings.user(), settings.password(), JMSContext.AUTO_ACKNOWLEDGE);
        try {
            listening = sending.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            replies = listening.createTemporaryQueue();
            name = Channels.name(replies);
            stages = sending.createQueue(Channels.STAGES);
            control = sending.createTopic(Channels.CONTROL);
            listening.createConsumer(replies).setMessageListener(this::deliver);
            // a lost connection (the broker restarted) is not kept: the next stage connects again
            sending.setExceptionListener(e -> BY_SETTINGS.remove(settings, this));
        } catch (RuntimeException e) {
            sending.close();
            throw e;
        }
        OpenConnections.opened(this);
    }

    /** Closes this dispatcher's connection; the next stage for its broker connects again. */
    @Override
    public void close() {
        BY_SETTINGS.remove(settings, this);
        OpenConnections.closed(this);
        listening.close();
        sending.close();
    }

    /**
     * The dispatcher of this process for the configured broker, connected on first use.
     *
     * @throws JMSRuntimeException if the broker cannot be reached or refuses the credentials
     */
    public static Dispatcher of(BrokerSettings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, s -> new Dispatcher(s));
    }

    /** Checks that the broker can be reached with these settings (opens a connection and closes it). */
    public static void check(BrokerSettings settings) {
        try (JMSContext probe = settings.connectionFactory().createContext(settings.user(), settings.password())) {
            probe.createQueue(Channels.STAGES);
        }
    }

    BrokerSettings settings() {
        return settings;
    }

    /** How often a worker says it still runs a stage, and this coordinator that it still waits: a quarter of the lease. */
    long heartbeatMillis() {
        return Math.max(100, settings.leaseMillis() / 4);
    }

    /** Says on the control topic that this coordinator is alive, unless it did within the last heartbeat. */
    void keepAlive() {
        long now = System.currentTimeMillis();
        if (now - aliveSaidAt < heartbeatMillis()) {
            return;
        }
        aliveSaidAt = now;
        synchronized (this) {
            try {
                sending.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT).setTimeToLive(settings.leaseMillis())
                        .setProperty(Channels.COORDINATOR, name).send(control, "alive");
            } catch (JMSRuntimeException e) {
                LOG.log(Level.WARNING, "cannot tell the workers that this coordinator is alive", e);
            }
        }
    }

    /** Opens the mailbox of a token: the replies to its dispatch arrive there until it is closed. */
    BlockingQueue<WorkerReply> open(String token) {
        BlockingQueue<WorkerReply> mailbox = new LinkedBlockingQueue<>();
        mailboxes.put(token, mailbox);
        return mailbox;
    }

    /** Closes a token's mailbox: later replies to its dispatch are discarded. */
    void close(String token) {
        mailboxes.remove(token);
    }

    /** Sends a stage to the queue of stages. */
    synchronized void send(String token, byte[] body) {
        BytesMessage message = sending.createBytesMessage();
        try {
            message.writeBytes(body);
            message.setStringProperty(Channels.TOKEN, token);
            message.setJMSReplyTo(replies);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        sending.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT).send(stages, message);
    }

    /** Names a dispatch as cancelled on the control topic: the worker that runs it stops it, and one that takes it later drops it. */
    synchronized void cancel(String token) {
        try {
            JMSProducer producer = sending.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT);
            producer.setProperty(Channels.TOKEN, token).send(control, "cancel");
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "cannot cancel dispatch " + token + " on the broker", e);
        }
    }

    private void deliver(Message message) {
        try {
            WorkerReply reply = Codec.read(message.getBody(byte[].class), WorkerReply.class);
            BlockingQueue<WorkerReply> mailbox = mailboxes.get(reply.token());
            if (mailbox != null) {
                mailbox.add(reply);
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "unreadable reply from a worker, discarded", e);
        }
    }
}
