package dev.camelpardot.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One slot's consumer on a real in-process broker, handing its events to a delivery that answers later on threads
 * of its own, as the component's HTTP workers do: one call in flight at most, the next started by the thread that
 * completed the last, each message acknowledged before the next call starts, and a message whose outcome failed
 * handed out again.
 */
class SlotConsumerTest {

    private static final String QUEUE = "pardot.delivery.test.0";
    private static final String ANSWER_THREAD = "answer-";

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private CamelContext camel;
    private AsyncProducer producer;
    private ScheduledExecutorService answers;
    private ExecutorService slotThread;
    private final Delivery delivery = new Delivery();

    @BeforeEach
    void start() throws Exception {
        // an id of its own: a Quarkus test's app in this JVM may hold vm://0
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
                .setSecurityEnabled(false).addAcceptorConfiguration("in-vm", "vm://17")).start();
        factory = new ActiveMQConnectionFactory("vm://17");
        AtomicInteger threads = new AtomicInteger();
        answers = Executors.newScheduledThreadPool(2, task -> new Thread(task, ANSWER_THREAD + threads.incrementAndGet()));
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deliver").errorHandler(noErrorHandler()).process(delivery);
            }
        });
        camel.start();
        producer = camel.getEndpoint("direct:deliver").createAsyncProducer();
        producer.start();
        connection = factory.createConnection();
        connection.start();
        slotThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "slot"));
    }

    @AfterEach
    void stop() throws Exception {
        slotThread.shutdownNow();
        answers.shutdownNow();
        closeQuietly(connection);
        camel.stop();
        broker.stop();
    }

    @Test
    void deliversOneAtATimeAndStartsEachCallOnTheThreadThatCompletedTheLast() throws Exception {
        publish(30);
        delivery.answerAfterMillis = 20;
        SlotConsumer consumer = startConsumer();

        awaitStarted(30);
        assertThat(stopped(consumer)).isTrue();

        assertThat(delivery.started).containsExactlyElementsOf(bodies(0, 30));
        assertThat(delivery.maxInFlight.get()).as("calls in flight at once").isEqualTo(1);
        // the first call starts on the slot's thread; a slot's thread that started the later ones as well would be
        // woken once per call
        long byAnswerThreads = delivery.threads.stream().skip(1).filter(name -> name.startsWith(ANSWER_THREAD)).count();
        assertThat(byAnswerThreads).as("calls started by the thread that completed the one before, of 29")
                .isGreaterThanOrEqualTo(25);
        assertThat(queued()).as("every message acknowledged").isEmpty();
    }

    @Test
    void aCrashDuringACallLeavesThatCallAndTheEventsNotStartedQueued() throws Exception {
        publish(20);
        delivery.answerAfterMillis = 2;
        delivery.held = "event-10";
        SlotConsumer consumer = startConsumer();
        assertThat(delivery.heldStarted.await(10, TimeUnit.SECONDS)).isTrue();

        // the replica dies with event-10 in flight: the broker gets back all that was not acknowledged
        connection.close();
        consumer.stop();
        delivery.releaseHeld();
        assertThat(consumer.awaitEnd(Duration.ofSeconds(10))).isTrue();

        assertThat(delivery.started).containsExactlyElementsOf(bodies(0, 11));
        assertThat(queued()).as("the call in flight comes back, with what was not started; nothing acknowledged does")
                .containsExactlyElementsOf(bodies(10, 20));
    }

    @Test
    void aMessageWhoseOutcomeFailedIsHandedOutAgainAndTheNextIsNotStartedBeforeIt() throws Exception {
        publish(8);
        delivery.answerAfterMillis = 2;
        delivery.failOnce.add("event-3");
        SlotConsumer consumer = startConsumer();

        // the session is made again after 2 s, and the broker hands event-3 out again, before event-4
        awaitStarted(9);
        assertThat(stopped(consumer)).isTrue();

        List<String> expected = new ArrayList<>(bodies(0, 4));
        expected.addAll(bodies(3, 8));
        assertThat(delivery.started).containsExactlyElementsOf(expected);
        assertThat(delivery.maxInFlight.get()).isEqualTo(1);
        assertThat(queued()).isEmpty();
    }

    private SlotConsumer startConsumer() {
        SlotConsumer consumer = new SlotConsumer(QUEUE, new DeliveryGate("0Uv000000000001AAA", 5, Clock.systemUTC(),
                gate -> { }, pause -> { }), new SlotTakeover(Duration.ZERO), connection, producer);
        slotThread.execute(consumer);
        return consumer;
    }

    private boolean stopped(SlotConsumer consumer) throws InterruptedException {
        consumer.stop();
        return consumer.awaitEnd(Duration.ofSeconds(10));
    }

    private void awaitStarted(int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (delivery.started.size() < calls && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(delivery.started).hasSizeGreaterThanOrEqualTo(calls);
        // the last call's answer
        Thread.sleep(100);
    }

    private void publish(int events) throws JMSException {
        try (Connection publisher = factory.createConnection();
             Session session = publisher.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer sender = session.createProducer(session.createQueue(QUEUE));
            for (String body : bodies(0, events)) {
                sender.send(session.createTextMessage(body));
            }
        }
    }

    /** The bodies still on the queue, in order. */
    private List<String> queued() throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (Connection browsing = factory.createConnection();
             Session session = browsing.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            browsing.start();
            QueueBrowser browser = session.createBrowser(session.createQueue(QUEUE));
            for (Object message : Collections.list(browser.getEnumeration())) {
                bodies.add(((TextMessage) message).getText());
            }
        }
        return bodies;
    }

    private static List<String> bodies(int from, int to) {
        List<String> bodies = new ArrayList<>();
        for (int i = from; i < to; i++) {
            bodies.add("event-" + i);
        }
        return bodies;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException ignored) {
            // closed by the test already
        }
    }

    /** Stands in for the delivery route: answers each call later, on a thread of its own. */
    private final class Delivery extends AsyncProcessorSupport {
        final List<String> started = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        final CountDownLatch heldStarted = new CountDownLatch(1);
        final AtomicReference<Runnable> heldAnswer = new AtomicReference<>();
        volatile long answerAfterMillis;
        volatile String held;

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            String body = exchange.getIn().getBody(String.class);
            started.add(body);
            threads.add(Thread.currentThread().getName());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Runnable answer = () -> {
                inFlight.decrementAndGet();
                if (failOnce.remove(body)) {
                    exchange.setException(new IllegalStateException("the outcome of " + body + " was not recorded"));
                }
                callback.done(false);
            };
            if (body.equals(held)) {
                heldAnswer.set(answer);
                heldStarted.countDown();
            } else {
                answers.schedule(answer, answerAfterMillis, TimeUnit.MILLISECONDS);
            }
            return false;
        }

        void releaseHeld() {
            answers.execute(heldAnswer.get());
        }
    }
}
