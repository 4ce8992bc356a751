package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import jakarta.inject.Singleton;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.broker.DeliverySlots;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The {@link SlotConsumer}s of every slot of every business unit in this replica, on one JMS connection and on threads
 * from Camel's ExecutorServiceManager. Started by the setup at start, once the extension and its types exist; stopped
 * when Camel begins to stop, before the delivery route does, so that the calls in flight finish and are acknowledged.
 */
@Singleton
public class DeliverySlotConsumers {

    private static final Logger LOG = Logger.getLogger(DeliverySlotConsumers.class);

    private final CamelContext camel;
    private final ConnectionFactory connectionFactory;
    private final BusinessUnits units;
    private final DeliverySlots slots;
    private final DeliveryGates gates;
    private final Duration takeoverGrace;
    private final Duration shutdownWait;
    private final List<SlotConsumer> consumers = new ArrayList<>();
    private Connection connection;
    private ExecutorService threads;
    private AsyncProducer delivery;

    public DeliverySlotConsumers(CamelContext camel, ConnectionFactory connectionFactory, BusinessUnits units,
                                 DeliverySlots slots, DeliveryGates gates, AppConfig config) {
        this.camel = camel;
        this.connectionFactory = connectionFactory;
        this.units = units;
        this.slots = slots;
        this.gates = gates;
        this.takeoverGrace = config.delivery().takeoverGrace();
        // the calls in flight get as long as Camel gives in-flight exchanges at shutdown
        this.shutdownWait = Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("camel.main.shutdown-timeout", Long.class).orElse(45L));
    }

    /** Starts one consumer per slot. */
    public synchronized void start() throws Exception {
        if (connection != null) {
            return;
        }
        delivery = camel.getEndpoint(DeliveryRoutes.DELIVER).createAsyncProducer();
        delivery.start();
        connection = connectionFactory.createConnection();
        connection.start();
        List<String> queues = slots.allQueues();
        threads = camel.getExecutorServiceManager().newFixedThreadPool(this, "pardot-delivery-slots", queues.size());
        for (String unit : units.all()) {
            for (String queue : slots.queues(unit)) {
                SlotConsumer consumer = new SlotConsumer(queue, gates.gate(unit), new SlotTakeover(takeoverGrace),
                        connection, delivery);
                consumers.add(consumer);
                threads.execute(consumer);
            }
        }
        EventNotifierSupport stopping = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                DeliverySlotConsumers.this.stop();
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event.getType() == CamelEvent.Type.CamelContextStopping;
            }
        };
        // only the context's own events: a notifier that takes exchange events makes Camel emit them for every one
        stopping.setIgnoreExchangeEvents(true);
        stopping.setIgnoreRouteEvents(true);
        stopping.setIgnoreServiceEvents(true);
        stopping.setIgnoreStepEvents(true);
        // a notifier added to a running context takes events only once started
        stopping.start();
        camel.getManagementStrategy().addEventNotifier(stopping);
        LOG.debugf("Delivery started on %d slots", queues.size());
    }

    /** Lets every consumer finish its call in flight, then closes the connection; what was not started stays queued. */
    public synchronized void stop() {
        if (connection == null) {
            return;
        }
        consumers.forEach(SlotConsumer::stop);
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        try {
            for (SlotConsumer consumer : consumers) {
                if (!consumer.awaitEnd(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    LOG.warnf("%s had not ended after %d s; an event it held is delivered again (at least once)",
                            consumer, shutdownWait.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        camel.getExecutorServiceManager().shutdownNow(threads);
        try {
            connection.close();
        } catch (JMSException e) {
            LOG.debugf("Closing the slots' connection: %s", e.getMessage());
        }
        try {
            delivery.stop();
        } catch (Exception e) {
            LOG.debugf("Stopping the delivery producer: %s", e.getMessage());
        }
        consumers.clear();
        connection = null;
    }
}
