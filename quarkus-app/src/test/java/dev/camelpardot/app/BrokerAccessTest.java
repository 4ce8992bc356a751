package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;

import dev.camelpardot.app.broker.Queues;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The in-process broker is not open to every local user: its acceptor takes only the user and password the app
 * generated at first start, kept beside the journal for the owner alone; /status says where, never what.
 */
@QuarkusTest
@Order(3)
class BrokerAccessTest {

    @Test
    void theGeneratedLoginIsKeptForTheOwnerOnlyAndNamedNotShown() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(BrokerAccess.credentialsFile())))
                .isEqualTo("rw-------");
        Properties credentials = BrokerAccess.credentials();
        assertThat(credentials.getProperty("user")).isNotBlank();
        assertThat(credentials.getProperty("password")).hasSizeGreaterThanOrEqualTo(32);

        Map<String, Object> status = App.status();
        @SuppressWarnings("unchecked")
        Map<String, Object> jms = (Map<String, Object>) status.get("jmsIngress");
        assertThat(jms).containsEntry("state", "on").containsEntry("url", BrokerAccess.url())
                .containsEntry("credentials", BrokerAccess.credentialsFile().toAbsolutePath().toString());
        assertThat(status.toString()).doesNotContain(credentials.getProperty("password"));
    }

    @Test
    void aPublisherWithoutTheLoginIsRefused() {
        AppLog log = AppLog.fromNow();
        Properties credentials = BrokerAccess.credentials();

        assertThatThrownBy(() -> publish(null, null)).isInstanceOf(JMSSecurityRuntimeException.class);
        assertThatThrownBy(() -> publish(credentials.getProperty("user"), "not-the-password"))
                .isInstanceOf(JMSSecurityRuntimeException.class);
        assertThatThrownBy(() -> publish("guest", credentials.getProperty("password")))
                .isInstanceOf(JMSSecurityRuntimeException.class);

        log.assertNoStackTrace();
        assertThat(log.text()).doesNotContain(credentials.getProperty("password"));
    }

    private static void publish(String user, String password) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BrokerAccess.url(), user, password);
                JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(Queues.ACTIVITIES), App.activity("ada@example.com",
                    "refused-publisher"));
        }
    }
}
