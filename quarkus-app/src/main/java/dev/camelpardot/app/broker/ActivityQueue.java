package dev.camelpardot.app.broker;

import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/** Opens {@link QueueBatch}es: the one way ingress puts records on the delivery queues. */
@Singleton
public class ActivityQueue {

    private final ConnectionFactory connectionFactory;
    private final DeliverySlots slots;

    public ActivityQueue(ConnectionFactory connectionFactory, DeliverySlots slots) {
        this.connectionFactory = connectionFactory;
        this.slots = slots;
    }

    /** A transaction for one file or one HTTP request; the caller must close it. */
    public QueueBatch openBatch() {
        return new QueueBatch(connectionFactory.createContext(JMSContext.SESSION_TRANSACTED), slots);
    }
}
