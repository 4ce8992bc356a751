package dev.camelpardot.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A JMS publisher on the app's machine, as the app's README shows one: it reads the user and password the app
 * generated beside its journal and sends a text message with the JSON record.
 */
final class JmsPublisher {

    private JmsPublisher() {
    }

    /** Sends {@code json} to {@code queue} at {@code url}, logging in with the app's generated credentials. */
    static void publish(Path credentials, String url, String queue, String json, Map<String, String> properties) {
        try {
            // tag::publish[]
            Properties login = new Properties();
            try (Reader file = Files.newBufferedReader(credentials)) {   // data/broker/jms-credentials.properties
                login.load(file);
            }
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url,   // tcp://127.0.0.1:61616
                    login.getProperty("user"), login.getProperty("password"));
                    JMSContext jms = factory.createContext()) {
                TextMessage message = jms.createTextMessage(json);   // {"email":"ada@example.com","value":"..."}
                // end::publish[]
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    message.setStringProperty(property.getKey(), property.getValue());
                }
                // tag::publish[]
                jms.createProducer().send(jms.createQueue(queue), message);   // pardot.activities
            }
            // end::publish[]
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** To the app under test's acceptor. */
    static void publish(String queue, String json, Map<String, String> properties) {
        publish(BrokerAccess.credentialsFile(), BrokerAccess.url(), queue, json, properties);
    }
}
