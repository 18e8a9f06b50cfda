package dev.baton.remote;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded Apache Artemis broker for remote workers, speaking Artemis's core protocol (what the
 * Jakarta Messaging client uses) on one address. Stages in flight live in its memory only: a
 * broker that stops takes them with it, and their coordinators' stages fail or are dispatched again.
 */
public final class Broker implements AutoCloseable {

    private final EmbeddedActiveMQ server;

    private Broker(EmbeddedActiveMQ server) {
        this.server = server;
    }

    /**
     * What the broker needs to start.
     *
     * @param bind             the address to listen on
     * @param port             the port
     * @param user             the one user, or null for none (only on a loopback address)
     * @param password         its password, or null
     * @param keyStore         a key store (PKCS12 or JKS) for TLS, or null for plain TCP
     * @param keyStorePassword its password, or null
     * @param home             where the broker may keep its files
     */
    public record Options(String bind, int port, String user, String password, Path keyStore, String keyStorePassword, Path home) {

        @Override
        public String toString() {
            return "Broker.Options[" + bind + ":" + port + (user == null ? "" : ", user " + user) + (keyStore == null ? "" : ", TLS") + "]";
        }
    }

    /** Why a broker may not start with these options. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Starts a broker.
     *
     * @throws Refused   if it is bound beyond loopback without a user and password
     * @throws Exception if Artemis cannot start (the port is taken, the key store cannot be read)
     */
    public static Broker start(Options options) throws Exception {
        boolean secured = options.user() != null && options.password() != null;
        if (!secured && !InetAddress.getByName(options.bind()).isLoopbackAddress()) {
            throw new Refused("a broker bound to " + options.bind() + " can be reached from other machines, and whoever can send to it "
                    + "runs commands on the workers: set " + BrokerSettings.ENV_USER + " and " + BrokerSettings.ENV_PASSWORD
                    + " (and give the workers and runs the same), or bind 127.0.0.1");
        }
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, options.bind());
        params.put(TransportConstants.PORT_PROP_NAME, options.port());
        params.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE");
        if (options.keyStore() != null) {
            params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
            params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, options.keyStore().toAbsolutePath().toString());
            if (options.keyStorePassword() != null) {
                params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, options.keyStorePassword());
            }
        }
        Configuration configuration = new ConfigurationImpl()
                .setName("baton")
                .setPersistenceEnabled(false)
                .setJMXManagementEnabled(false)
                .setSecurityEnabled(secured);
        configuration.setBrokerInstance(options.home().toFile());
        configuration.setJournalDirectory(options.home().resolve("journal").toString())
                .setBindingsDirectory(options.home().resolve("bindings").toString())
                .setLargeMessagesDirectory(options.home().resolve("large-messages").toString())
                .setPagingDirectory(options.home().resolve("paging").toString())
                .addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, "baton"));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration);
        if (secured) {
            server.setSecurityManager(new BrokerCredentials(options.user(), options.password()));
        }
        server.start();
        return new Broker(server);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
