package dev.camelpardot.app.broker;

import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.broker.BrokerManagement.BrokerManagementException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.jboss.logging.Logger;

/**
 * The app's rules for its queues, put on the broker at start through its management API, the same for the
 * in-process broker and an external one (where a broker.xml of the operator's would otherwise decide):
 * <ul>
 * <li>delivery slots are <b>exclusive</b> queues: one consumer in the whole cluster takes from a slot, and the next
 * takes over when it goes, which is what holds the per-business-unit cap across replicas;</li>
 * <li>a message the broker handed out {@link #BROKER_DELIVERIES} times without an outcome (the app died while
 * delivering it each time) goes to the app's dead-letter queue, never to the broker's default one;</li>
 * <li>nothing expires, and dead letters stay until replayed.</li>
 * </ul>
 * Retries of a failed delivery are the app's (a delayed copy carries the attempt count), so a slot is redelivered
 * by the broker only after its consumer died, at once and at the head of the queue.
 */
@Singleton
public class QueueRules {

    /** Deliveries without an outcome before the broker moves a message to the dead-letter queue. */
    public static final int BROKER_DELIVERIES = 10;

    private static final Logger LOG = Logger.getLogger(QueueRules.class);

    private final AppConfig.Delivery delivery;
    private final DeliverySlots slots;

    public QueueRules(AppConfig config, DeliverySlots slots) {
        this.delivery = config.delivery();
        this.slots = slots;
    }

    /**
     * @throws BrokerManagementException when the broker refuses (the message names what to grant or configure)
     */
    public void applyTo(BrokerManagement management) {
        management.invoke("broker", "addAddressSettings", Queues.DELIVERY_MATCH, deliverySettings().toJSON());
        management.invoke("broker", "addAddressSettings", Queues.ACTIVITIES, intakeSettings().toJSON());
        management.invoke("broker", "addAddressSettings", Queues.DEAD_LETTERS, deadLetterSettings().toJSON());
        createQueue(management, Queues.ACTIVITIES, false);
        createQueue(management, Queues.DEAD_LETTERS, false);
        for (String queue : slots.allQueues()) {
            createQueue(management, queue, true);
        }
        LOG.debugf("Queue rules applied: %d delivery slots", slots.allQueues().size());
    }

    AddressSettings deliverySettings() {
        return deadLettered(new AddressSettings())
                .setDefaultExclusiveQueue(true)
                .setRedeliveryDelay(0L)
                .setMaxDeliveryAttempts(BROKER_DELIVERIES);
    }

    /** The intake is transacted: a rollback (the broker briefly away) is redelivered with the app's retry delay. */
    AddressSettings intakeSettings() {
        return deadLettered(new AddressSettings())
                .setRedeliveryDelay(delivery.retryDelay().toMillis())
                .setRedeliveryMultiplier(delivery.retryMultiplier())
                .setMaxRedeliveryDelay(delivery.maxRetryDelay().toMillis())
                .setMaxDeliveryAttempts(BROKER_DELIVERIES);
    }

    AddressSettings deadLetterSettings() {
        return deadLettered(new AddressSettings()).setMaxDeliveryAttempts(-1);
    }

    private static AddressSettings deadLettered(AddressSettings settings) {
        return settings.setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTERS))
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
    }

    /** Creates the queue, or makes an existing one (created before these rules) exclusive as it must be. */
    private static void createQueue(BrokerManagement management, String name, boolean exclusive) {
        QueueConfiguration queue = QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST).setDurable(true)
                .setExclusive(exclusive);
        management.invoke("broker", "createQueue", queue.toJSON(), true);
        if (exclusive && !Boolean.TRUE.equals(management.attribute("queue." + name, "exclusive"))) {
            management.invoke("broker", "updateQueue", queue.toJSON());
        }
    }
}
