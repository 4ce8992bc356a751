package dev.camelpardot.examples.jmsartemis;

import java.nio.file.Path;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * Starts the embedded broker and binds its connection factory, which camel-jms then finds by itself (it is the
 * only {@code ConnectionFactory} in the registry).
 */
public class BrokerConfiguration implements CamelConfiguration {

    @PropertyInject("activities.broker-dir")
    private String brokerDir;
    @PropertyInject("activities.queue")
    private String queue;
    @PropertyInject("activities.dead-letter-queue")
    private String deadLetterQueue;
    @PropertyInject("activities.redelivery-delay-millis")
    private long redeliveryDelayMillis;
    @PropertyInject("activities.max-delivery-attempts")
    private int maxDeliveryAttempts;

    @Override
    public void configure(CamelContext context) throws Exception {
        EmbeddedArtemis broker = new EmbeddedArtemis(Path.of(brokerDir), queue, deadLetterQueue, redeliveryDelayMillis,
                maxDeliveryAttempts);
        // started now, before any route; stopped when the context stops, after the routes
        context.addService(broker, true, true);
        context.getRegistry().bind("connectionFactory", broker.connectionFactory());
    }
}
