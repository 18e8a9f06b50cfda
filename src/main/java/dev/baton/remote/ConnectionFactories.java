package dev.baton.remote;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The connection factory for a broker's URL: for a {@code java:} name, the application server's,
 * looked up in JNDI; else one of Artemis's with {@code consumerWindowSize} 0, so that a worker never
 * holds a stage it has no slot for. Apart from {@link BrokerSettings} so that reading the settings
 * never loads a Jakarta Messaging class: a WildFly without the messaging subsystem has none, and runs
 * its stages itself.
 */
final class ConnectionFactories {

    private ConnectionFactories() {
    }

    /**
     * @throws JMSRuntimeException if the JNDI name is bound to nothing (or there is no JNDI)
     */
    static ConnectionFactory of(String url) {
        if (BrokerSettings.isJndiName(url)) {
            try {
                return InitialContext.doLookup(url);
            } catch (NamingException | ClassCastException e) {
                throw new JMSRuntimeException("no Jakarta Messaging connection factory is bound to " + url + " in JNDI ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        factory.setConsumerWindowSize(0);
        return factory;
    }
}
