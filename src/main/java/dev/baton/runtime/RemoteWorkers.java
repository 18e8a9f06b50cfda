package dev.baton.runtime;

import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import dev.baton.record.BatonHome;
import dev.baton.remote.Broker;
import dev.baton.remote.BrokerSettings;
import dev.baton.remote.Dispatcher;
import dev.baton.remote.Worker;
import dev.baton.stage.AgentDirectory;
import jakarta.jms.JMSRuntimeException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Stages on other processes, for the front ends: the broker ({@code baton broker}), a worker
 * ({@code baton worker}), and a broker for this process's runs ({@code --broker}, {@code BATON_BROKER}).
 */
public final class RemoteWorkers {

    /** The variable holding the password of the broker's TLS key store. */
    public static final String ENV_KEYSTORE_PASSWORD = "BATON_BROKER_KEYSTORE_PASSWORD";

    private RemoteWorkers() {
    }

    /**
     * Sends this process's stages to workers through the broker at {@code url}, or at
     * {@code BATON_BROKER} when {@code url} is null (with neither, stages run here), after checking
     * that the broker answers.
     *
     * @return the broker's URL, or null when stages run here
     * @throws IllegalArgumentException with a message for the user when the URL is not a broker's or it does not answer
     */
    public static String useBroker(String url) {
        String answering = probeBroker(url);
        if (answering != null) {
            System.setProperty(BrokerSettings.PROPERTY, answering);
        }
        return answering;
    }

    /**
     * Checks that the broker at {@code url}, or at {@code BATON_BROKER} when {@code url} is null,
     * answers with this process's credentials, without sending stages there.
     *
     * @return the broker's URL, or null when none is configured
     * @throws IllegalArgumentException with a message for the user when the URL is not a broker's or it does not answer
     */
    public static String probeBroker(String url) {
        BrokerSettings settings = BrokerSettings.of(url == null ? null : BrokerSettings.checkedUrl(url), System.getenv()::get);
        if (settings == null) {
            return null;
        }
        try {
            Dispatcher.check(settings);
        } catch (JMSRuntimeException e) {
            throw new IllegalArgumentException("cannot reach the broker at " + settings.url() + ": " + e.getMessage()
                    + (settings.user() == null ? "" : " (as user " + settings.user() + ")"));
        }
        return settings.url();
    }

    /**
     * Starts the embedded broker; its user and password come from {@code BATON_BROKER_USER} and
     * {@code BATON_BROKER_PASSWORD}, required when it is bound beyond loopback.
     *
     * @param keyStore a key store for TLS (its password in {@value #ENV_KEYSTORE_PASSWORD}), or null
     * @throws IllegalArgumentException with a message for the user when these options are refused
     * @throws Exception                when the broker cannot start
     */
    public static AutoCloseable startBroker(String bind, int port, Path keyStore) throws Exception {
        try {
            return Broker.start(new Broker.Options(bind, port, blankToNull(System.getenv(BrokerSettings.ENV_USER)),
                    blankToNull(System.getenv(BrokerSettings.ENV_PASSWORD)), keyStore, System.getenv(ENV_KEYSTORE_PASSWORD),
                    BatonHome.current().resolve("broker")));
        } catch (Broker.Refused refused) {
            throw new IllegalArgumentException(refused.getMessage());
        }
    }

    /**
     * Runs stages from the broker, {@code slots} at a time, until the process is stopped; the
     * stages running then are stopped (their processes killed) and dispatched again elsewhere.
     *
     * @param url the broker, or null for {@code BATON_BROKER}
     * @throws IllegalArgumentException with a message for the user when no broker is given or it does not answer
     */
    public static void work(String url, int slots, PrintWriter out) throws InterruptedException {
        BrokerSettings settings = BrokerSettings.of(url == null ? null : BrokerSettings.checkedUrl(url), System.getenv()::get);
        if (settings == null) {
            throw new IllegalArgumentException("a worker needs a broker: --broker tcp://HOST:PORT or " + BrokerSettings.ENV_URL);
        }
        AgentDirectory directory = AgentDirectory.of(WeldContainers.bean(AgentFactory.class), WeldContainers.bean(AdvisorFactory.class));
        Worker worker;
        try {
            worker = new Worker(settings, slots, directory, BatonHome.current().resolve("worker"), out);
        } catch (JMSRuntimeException e) {
            throw new IllegalArgumentException("cannot reach the broker at " + settings.url() + ": " + e.getMessage());
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.close();
            closed.countDown();
        }, "baton-worker-stop"));
        out.printf("baton: worker %s takes up to %d stages at once from %s%n", worker.id(), slots, settings.url());
        out.flush();
        worker.run();
        closed.await();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
