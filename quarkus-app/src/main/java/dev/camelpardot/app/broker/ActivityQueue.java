package dev.camelpardot.app.broker;

import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/** Opens {@link QueueBatch}es: the one way ingress puts records on the queue. */
@Singleton
public class ActivityQueue {

    private final ConnectionFactory connectionFactory;

    public ActivityQueue(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** A transaction for one file or one HTTP request; the caller must close it. */
    public QueueBatch openBatch() {
        return new QueueBatch(connectionFactory.createContext(JMSContext.SESSION_TRANSACTED));
    }
}
