package dev.camelpardot.app.broker;

import java.nio.file.Path;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;

import dev.camelpardot.app.AppConfig;
import io.quarkus.runtime.Startup;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.logging.Logger;

/**
 * Runs ActiveMQ Artemis inside the app (unless {@code pardot.broker.url} names an external broker) and produces
 * the {@link ConnectionFactory} that camel-jms and the ingress use.
 * <p>
 * {@code @PreDestroy} runs when the CDI container shuts down, which Quarkus does after Camel has stopped, so
 * the broker outlives every consumer and in-flight transaction.
 */
@Startup
@Singleton
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class);

    private final AppConfig config;
    private final EmbeddedActiveMQ broker;
    private final ActiveMQConnectionFactory connectionFactory;

    public EmbeddedBroker(AppConfig config) throws Exception {
        this.config = config;
        AppConfig.Broker settings = config.broker();
        if (settings.url().isPresent()) {
            broker = null;
            connectionFactory = new ActiveMQConnectionFactory(settings.url().get(),
                    settings.user().orElse(null), settings.password().orElse(null));
            LOG.infof("Using the external broker at %s", settings.url().get());
        } else {
            broker = new EmbeddedActiveMQ().setConfiguration(brokerConfiguration(settings));
            broker.start();
            connectionFactory = new ActiveMQConnectionFactory("vm://0");
            LOG.infof("In-process broker started, journal in %s%s", Path.of(settings.dataDir()).toAbsolutePath(),
                    settings.port() >= 0 ? ", remote clients at tcp://" + settings.host() + ":" + settings.port() : "");
        }
        // Retries are the broker's job (redelivery delay) and the delivery route's (attempt count).
        connectionFactory.setReconnectAttempts(-1);
    }

    @Produces
    @Singleton
    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    /** Messages waiting in a queue of the in-process broker, or -1 when the broker is external. */
    public long messageCount(String queueName) {
        if (broker == null) {
            return -1;
        }
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(queueName));
        return queue == null ? 0 : queue.getMessageCount();
    }

    public boolean isEmbedded() {
        return broker != null;
    }

    @PreDestroy
    void stop() throws Exception {
        connectionFactory.close();
        if (broker != null) {
            broker.stop();
            LOG.info("In-process broker stopped");
        }
    }

    private Configuration brokerConfiguration(AppConfig.Broker settings) throws Exception {
        Path dataDir = Path.of(settings.dataDir()).toAbsolutePath();
        Configuration cfg = new ConfigurationImpl()
                .setName("camel-pardot")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(dataDir.toString());
        cfg.addAcceptorConfiguration("in-vm", "vm://0");
        if (settings.port() >= 0) {
            cfg.addAcceptorConfiguration("remote", "tcp://" + settings.host() + ":" + settings.port());
        }
        cfg.addAddressSetting(Queues.ACTIVITIES, new AddressSettings()
                .setRedeliveryDelay(settings.redeliveryDelay().toMillis())
                .setRedeliveryMultiplier(settings.redeliveryMultiplier())
                .setMaxRedeliveryDelay(settings.maxRedeliveryDelay().toMillis())
                // The delivery route dead-letters with the reason before this; the broker's own limit is a backstop.
                .setMaxDeliveryAttempts(config.delivery().maxAttempts() + 5)
                .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTERS)));
        // Dead letters stay until replayed or removed; nothing expires and nothing moves on from here.
        cfg.addAddressSetting(Queues.DEAD_LETTERS, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTERS)));
        cfg.addQueueConfiguration(QueueConfiguration.of(Queues.ACTIVITIES).setRoutingType(RoutingType.ANYCAST));
        cfg.addQueueConfiguration(QueueConfiguration.of(Queues.DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST));
        return cfg;
    }
}
