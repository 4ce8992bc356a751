package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.util.Collections;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.api.jms.ActiveMQJMSConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

/**
 * One delivery slot in this replica: the consumer of the slot's exclusive queue, delivering one event at a time, and
 * pipelined. While an event's call is in flight, this consumer's thread receives the next event, waits for its turn
 * at the unit's gate and makes it an exchange; when the call completes, the completing thread acknowledges that
 * message and starts the next call at once. camel-jms's listener receives the next message only after the last
 * exchange completed, which puts the receive and the gate between every two calls of a slot; with three replicas at
 * 50 ms pipelining took delivery from 0.90 to 0.945 of the ceiling, and starting the next call on the completing
 * thread to 0.95-0.96 (docs/benchmarks.md, "The app").
 * <p>
 * The JMS session is used by one thread at a time: this consumer's thread (receive, acknowledge), except while it
 * waits with the next exchange, when the completing thread acknowledges under this consumer's lock; a call that
 * completes at any other moment hands its exchange back through a queue. A message is acknowledged (individually,
 * without waiting for the broker) only once its exchange completed without an exception: the route delivered it,
 * dead-lettered it or put a copy back. One whose exchange failed anyway is left unacknowledged, and the session is
 * made again once nothing is in flight, so the broker hands it out again. A message this consumer received but did
 * not start goes back to the broker when the session closes.
 */
final class SlotConsumer implements Runnable {

    /** The received JMS message of an exchange, for its acknowledgement. */
    static final String RECEIVED = "pardotReceived";

    private static final Logger LOG = Logger.getLogger(SlotConsumer.class);
    private static final long RECEIVE_MILLIS = 250;
    private static final Duration RETRY_SESSION = Duration.ofSeconds(2);

    private final String queue;
    private final DeliveryGate gate;
    private final SlotTakeover takeover;
    private final Connection connection;
    private final AsyncProducer delivery;
    private final Queue<Exchange> completed = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    // a pool thread outlives its task: the end of run() is what stop waits for
    private final CountDownLatch ended = new CountDownLatch(1);

    // guarded by this: one call in flight at most; set by this consumer's thread, or kept by the completing thread
    // when it starts the next
    private boolean calling;
    // guarded by this: received and past the gate, waiting for the call in flight; while it is set, this consumer's
    // thread waits and the completing thread may use the session
    private Exchange next;
    // guarded by this: the completing thread could not acknowledge its call
    private boolean acknowledgementFailed;

    SlotConsumer(String queue, DeliveryGate gate, SlotTakeover takeover, Connection connection, AsyncProducer delivery) {
        this.queue = queue;
        this.gate = gate;
        this.takeover = takeover;
        this.connection = connection;
        this.delivery = delivery;
    }

    @Override
    public void run() {
        try {
            consumeUntilStopped();
        } finally {
            ended.countDown();
        }
    }

    private void consumeUntilStopped() {
        while (running) {
            Session session = null;
            try {
                session = connection.createSession(false, ActiveMQJMSConstants.INDIVIDUAL_ACKNOWLEDGE);
                consume(session.createConsumer(session.createQueue(queue)));
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Slot %s: %s; its session is made again in %d s", queue, e.getMessage(),
                            RETRY_SESSION.toSeconds());
                }
            } catch (InterruptedException e) {
                // stopping: the finally below lets the call in flight finish
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                awaitIdle();
                acknowledgeCompleted();
                close(session);
            }
            if (running) {
                sleep(RETRY_SESSION);
            }
        }
    }

    String queue() {
        return queue;
    }

    DeliveryGate gate() {
        return gate;
    }

    SlotTakeover takeover() {
        return takeover;
    }

    /** Stops taking events; the call in flight completes and is acknowledged before the session closes. */
    void stop() {
        running = false;
    }

    /** Waits until the consumer has ended (its call in flight acknowledged, its session closed), at most {@code limit}. */
    boolean awaitEnd(Duration limit) throws InterruptedException {
        return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void consume(MessageConsumer consumer) throws JMSException, InterruptedException {
        while (running) {
            if (!acknowledgeCompleted()) {
                return;
            }
            Message message = consumer.receive(RECEIVE_MILLIS);
            if (message == null) {
                continue;
            }
            Exchange exchange = exchange(message);
            if (exchange != null && !hand(exchange)) {
                return;
            }
        }
    }

    /**
     * The exchange for a received message, after its turn at the gate (a paused unit holds it here) and, for a slot
     * taken over from a consumer that died, the grace; null when Camel stops meanwhile (the message then goes back).
     */
    private Exchange exchange(Message message) throws JMSException, InterruptedException {
        boolean probe;
        try {
            probe = gate.awaitTurn(() -> !running || delivery.getEndpoint().getCamelContext().isStopping());
        } catch (DeliveryPausedException stopping) {
            return null;
        }
        long grace = takeover.delayMillis(message.getJMSRedelivered());
        if (grace > 0) {
            LOG.warnf("Slot %s taken over from a consumer that left a delivery unfinished: the first call waits %d ms"
                      + " so that its request has finished at the server", queue, grace);
            Thread.sleep(grace);
        }
        Exchange exchange = delivery.getEndpoint().createExchange();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = name.toString();
            if (property.startsWith("Pardot")) {
                exchange.getIn().setHeader(property, message.getObjectProperty(property));
            }
        }
        exchange.getIn().setBody(message.getBody(String.class));
        exchange.setProperty(RECEIVED, message);
        exchange.setProperty(DeliveryRoutes.SLOT, this);
        exchange.setProperty(DeliveryRoutes.PROBE, probe);
        return exchange;
    }

    /**
     * Starts the exchange once the call in flight has completed and its message is acknowledged, so that a crash
     * repeats at most the one call a slot has in flight. While that call is in flight, this thread parks the exchange
     * as the next and waits, leaving the session alone: the thread that completes the call then acknowledges it and
     * starts the next at once; waking this thread to do so put a thread wake-up and a hand-off of the send into
     * every call (docs/benchmarks.md, "The app").
     *
     * @return false when this exchange was not started (an exchange failed, or stopping): its message comes back
     * with the session
     */
    private boolean hand(Exchange exchange) throws InterruptedException {
        synchronized (this) {
            if (calling && running) {
                next = exchange;
                boolean started;
                try {
                    while (next == exchange && calling && running) {
                        wait(RECEIVE_MILLIS);
                    }
                } finally {
                    started = next != exchange;
                    next = null;
                }
                if (started) {
                    return true;
                }
            }
        }
        if (!acknowledgeCompleted() || !running) {
            return false;
        }
        synchronized (this) {
            calling = true;
        }
        start(exchange);
        return true;
    }

    private void start(Exchange exchange) {
        delivery.processAsync(exchange).whenComplete((done, failure) -> completed(exchange));
    }

    /**
     * On the thread that completed the call: acknowledges it and starts the next exchange when this consumer's thread
     * waits with one, else hands the exchange back for this consumer's thread to acknowledge.
     */
    private void completed(Exchange exchange) {
        Exchange following = null;
        synchronized (this) {
            if (next != null && running && exchange.getException() == null) {
                if (acknowledge(exchange.getProperty(RECEIVED, Message.class))) {
                    following = next;
                    next = null;
                } else {
                    acknowledgementFailed = true;
                    calling = false;
                }
            } else {
                completed.add(exchange);
                calling = false;
            }
            notifyAll();
        }
        if (following != null) {
            start(following);
        }
    }

    /** @return false when an exchange failed: its message must come back, through a new session */
    private boolean acknowledgeCompleted() {
        boolean fine;
        synchronized (this) {
            fine = !acknowledgementFailed;
            acknowledgementFailed = false;
        }
        Exchange exchange;
        while ((exchange = completed.poll()) != null) {
            if (exchange.getException() != null) {
                LOG.warnf("Slot %s: an event's outcome could not be recorded (%s); the broker hands it out again",
                        queue, exchange.getException().getMessage());
                fine = false;
            } else if (!acknowledge(exchange.getProperty(RECEIVED, Message.class))) {
                fine = false;
            }
        }
        return fine;
    }

    private boolean acknowledge(Message message) {
        try {
            message.acknowledge();
            return true;
        } catch (JMSException e) {
            // the session broke: the broker hands the message out again (at least once)
            LOG.debugf("Slot %s: acknowledgement failed (%s)", queue, e.getMessage());
            return false;
        }
    }

    private synchronized void awaitIdle() {
        while (calling) {
            try {
                wait(RECEIVE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void close(Session session) {
        if (session != null) {
            try {
                session.close();
            } catch (JMSException ignored) {
                // a broken session: what it held goes back to the broker anyway
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public String toString() {
        return "SlotConsumer[" + queue + "]";
    }
}
