package dev.camelpardot.examples.jmsartemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the application with its broker on a temporary folder and the component pointed at the emulator. */
class JmsToAccountEngagementRouteTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @TempDir
    java.nio.file.Path dir;

    private Main main;
    private ProducerTemplate producer;
    private ConsumerTemplate consumer;

    @BeforeEach
    void startApplication() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");

        main = new Main();
        main.configure().addConfiguration(BrokerConfiguration.class);
        main.configure().addRoutesBuilder(new JmsToAccountEngagementRoute());
        main.addOverrideProperty("camel.component.pardot.login-url", EMULATOR.baseUrl());
        main.addOverrideProperty("camel.component.pardot.pardot-url", EMULATOR.baseUrl());
        // fail fast inside the component, so that the broker's redelivery is what the test sees
        main.addOverrideProperty("camel.component.pardot.max-retries", "1");
        main.addOverrideProperty("camel.component.pardot.retry-initial-delay", "10");
        main.addOverrideProperty("activities.broker-dir", dir.resolve("broker").toString());
        main.addOverrideProperty("activities.redelivery-delay-millis", "200");
        main.addOverrideProperty("activities.consumers", "1");
        main.start();
        producer = main.getCamelContext().createProducerTemplate();
        consumer = main.getCamelContext().createConsumerTemplate();
    }

    @AfterEach
    void stopApplication() throws Exception {
        main.stop();
        // the extension resets the emulator's data before each test, not its configuration
        EMULATOR.config().failureRate503(0.0);
    }

    @Test
    void deliversAMessageFromTheQueue() {
        producer.sendBody("jms:queue:activities", "{\"email\":\"ada@example.com\",\"value\":\"Webinar: Camel 101\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 1);
        RecordedActivity delivered = EMULATOR.state().activities().get(0);
        assertThat(delivered.email()).isEqualTo("ada@example.com");
        assertThat(delivered.type()).isEqualTo("Registered");
    }

    @Test
    void deadLettersABadMessageWithTheReason() {
        producer.sendBody("jms:queue:activities", "{\"email\":\"not-an-e-mail\",\"value\":\"x\"}");

        Exchange deadLetter = consumer.receive("jms:queue:activities.DLQ", 30_000);
        assertThat(deadLetter).as("a message on activities.DLQ").isNotNull();
        assertThat(deadLetter.getMessage().getBody(String.class)).isEqualTo("{\"email\":\"not-an-e-mail\",\"value\":\"x\"}");
        assertThat(deadLetter.getMessage().getHeader("PardotFailure", String.class)).isEqualTo("PardotValidationException");
        assertThat(deadLetter.getMessage().getHeader("PardotFailureField", String.class)).isEqualTo("email");
        assertThat(EMULATOR.state().activityCount()).isZero();
    }

    @Test
    void aMessageThatFailsDuringAnOutageIsRolledBackAndDeliveredAfterwards() {
        EMULATOR.config().failureRate503(1.0);
        producer.sendBody("jms:queue:activities", "{\"email\":\"grace@example.com\",\"value\":\"during an outage\"}");

        // the component gave up (1 retry) and the transaction rolled back at least once
        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().responseCount(503) >= 2);
        assertThat(EMULATOR.state().activityCount()).isZero();

        EMULATOR.config().failureRate503(0.0);
        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 1);
        assertThat(EMULATOR.state().activities().get(0).email()).isEqualTo("grace@example.com");
        assertThat(consumer.receiveNoWait("jms:queue:activities.DLQ")).as("nothing dead-lettered").isNull();
    }
}
