package dev.baton.remote;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokerSettingsTests {

    @Test
    void withoutAUrlStagesRunHere() {
        assertNull(BrokerSettings.of(null, Map.<String, String>of()::get));
    }

    @Test
    void theEnvironmentGivesTheUrlCredentialsLeaseAndLimit() {
        Map<String, String> env = Map.of("BATON_BROKER", "tcp://10.0.0.5:61616", "BATON_BROKER_USER", "baton",
                "BATON_BROKER_PASSWORD", "pw", "BATON_WORKER_LEASE_SECONDS", "2.5", "BATON_WORKER_MAX_BYTES", "1000");
        BrokerSettings settings = BrokerSettings.of(null, env::get);
        assertEquals(new BrokerSettings("tcp://10.0.0.5:61616", "baton", "pw", 2500, 1000), settings);
        assertEquals("tcp://127.0.0.1:1", BrokerSettings.of("tcp://127.0.0.1:1", env::get).url(), "--broker wins over BATON_BROKER");
        assertFalse(settings.toString().contains("pw"), "the password is not in its text: " + settings);
    }

    @Test
    void inAnApplicationServerTheBrokerIsAConnectionFactoryInJndi() {
        BrokerSettings settings = BrokerSettings.of(null, Map.of("BATON_BROKER", "java:/jms/baton/Broker")::get);
        assertEquals("java:/jms/baton/Broker", settings.url());
        jakarta.jms.JMSRuntimeException unbound = assertThrows(jakarta.jms.JMSRuntimeException.class, settings::connectionFactory);
        assertTrue(unbound.getMessage().contains("no Jakarta Messaging connection factory is bound to java:/jms/baton/Broker in JNDI"),
                unbound.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BrokerSettings.checkedUrl("java:/jms/baton/Broker"),
                "--broker on the command line names a broker's address");
    }

    @Test
    void badValuesAreRefusedSayingWhy() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> BrokerSettings.of("http://x:1", k -> null));
        assertTrue(url.getMessage().contains("tcp://HOST:PORT, not 'http://x:1'"), url.getMessage());
        IllegalArgumentException lease = assertThrows(IllegalArgumentException.class,
                () -> BrokerSettings.of("tcp://x:1", Map.of("BATON_WORKER_LEASE_SECONDS", "0")::get));
        assertTrue(lease.getMessage().contains("BATON_WORKER_LEASE_SECONDS must be a positive number, not '0'"), lease.getMessage());
    }

    @Test
    void theBrokersOneUserNeedsItsPassword() {
        BrokerCredentials credentials = new BrokerCredentials("baton", "s3cret");
        assertTrue(credentials.validateUser("baton", "s3cret"));
        assertFalse(credentials.validateUser("baton", "s3cre"));
        assertFalse(credentials.validateUser("other", "s3cret"));
        assertFalse(credentials.validateUser(null, null));
    }
}
