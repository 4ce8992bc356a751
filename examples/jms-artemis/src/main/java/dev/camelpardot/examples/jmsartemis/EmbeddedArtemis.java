package dev.camelpardot.examples.jmsartemis;

import java.nio.file.Path;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.support.service.ServiceSupport;

/**
 * An ActiveMQ Artemis broker inside the application, persisting messages on disk, as a Camel service: the
 * context starts it before the routes and stops it after them.
 * <p>
 * The broker owns redelivery of rolled-back messages: it waits {@code redeliveryDelay} between attempts and,
 * after {@code maxDeliveryAttempts}, moves the message to the dead-letter queue itself. The route dead-letters
 * permanent failures at once (with the reason); this is the safety net for failures that stay transient.
 */
public class EmbeddedArtemis extends ServiceSupport {

    private final Path dataDir;
    private final String queue;
    private final String deadLetterQueue;
    private final long redeliveryDelayMillis;
    private final int maxDeliveryAttempts;
    private EmbeddedActiveMQ broker;

    public EmbeddedArtemis(Path dataDir, String queue, String deadLetterQueue, long redeliveryDelayMillis,
                           int maxDeliveryAttempts) {
        this.dataDir = dataDir;
        this.queue = queue;
        this.deadLetterQueue = deadLetterQueue;
        this.redeliveryDelayMillis = redeliveryDelayMillis;
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    /** Clients in the same JVM connect through the in-VM acceptor: no network port is opened. */
    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory("vm://0");
    }

    @Override
    protected void doStart() throws Exception {
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                // NIO: works on every OS (the default AIO needs libaio)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://0")
                .addAddressSetting(queue, new AddressSettings()
                        .setRedeliveryDelay(redeliveryDelayMillis)
                        .setMaxDeliveryAttempts(maxDeliveryAttempts)
                        .setDeadLetterAddress(SimpleString.of(deadLetterQueue))
                        .setAutoCreateDeadLetterResources(false));
        broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
    }
}
