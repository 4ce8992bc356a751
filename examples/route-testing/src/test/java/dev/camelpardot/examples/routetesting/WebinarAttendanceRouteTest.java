package dev.camelpardot.examples.routetesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tests a route that uses {@code pardot:} against the emulator: the extension starts it once for the class and
 * resets it (data, traffic, faults) before each test, so every test seeds what it needs.
 */
class WebinarAttendanceRouteTest {

    // tag::setup[]
    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();
    // end::setup[]

    private static final OffsetDateTime JOINED = OffsetDateTime.of(2024, 5, 2, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    private CamelContext context;
    private ProducerTemplate producer;

    // tag::setup[]
    @BeforeEach
    void startCamel() throws Exception {
        // the org as the route expects it: the extension and an active "Attended" type, assigned to the BU
        EMULATOR.state().seedReadySetup("Webinar_Service", "Attended");

        context = new DefaultCamelContext();
        PardotConfiguration pardot = context.getComponent("pardot", PardotComponent.class).getConfiguration();
        pardot.setLoginUrl(EMULATOR.baseUrl());
        pardot.setPardotUrl(EMULATOR.baseUrl());
        pardot.setClientId(EmulatorDefaults.CLIENT_ID);
        pardot.setClientSecret(EmulatorDefaults.CLIENT_SECRET);
        pardot.setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
        pardot.setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
        // short backoffs keep the fault tests quick; enough retries to ride out the injected failures
        pardot.setRetryInitialDelay(20);
        pardot.setRetryMaxDelay(500);
        pardot.setMaxRetries(10);
        context.addRoutes(new WebinarAttendanceRoute());
        context.start();
        producer = context.createProducerTemplate();
    }
    // end::setup[]

    @AfterEach
    void stopCamel() throws Exception {
        context.close();
        // the extension resets the emulator's data before each test, not its configuration: undo the faults
        EMULATOR.config().failureRate503(0.0).dailyLimit(0);
    }

    @Test
    void sendsTheAttendanceAsAnExternalActivity() {
        producer.requestBody("direct:webinar-attendance", new WebinarAttendance("ada@example.com", "Camel 101", 42, JOINED));

        assertThat(EMULATOR.state().activities()).singleElement().satisfies(activity -> {
            assertThat(activity.extension()).isEqualTo("Webinar_Service");
            assertThat(activity.type()).isEqualTo("Attended");
            assertThat(activity.email()).isEqualTo("ada@example.com");
            assertThat(activity.value()).isEqualTo("Camel 101 (42 min)");
            assertThat(activity.activityDate()).isEqualTo(JOINED);
        });
    }

    @Test
    void cutsALongTitleToTheHundredCharactersAccountEngagementKeeps() {
        String title = "A".repeat(150);
        producer.requestBody("direct:webinar-attendance", new WebinarAttendance("ada@example.com", title, 5, JOINED));

        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::value)
                .singleElement().satisfies(value -> assertThat(value).hasSize(100).endsWith("…"));
    }

    @Test
    void deliversThroughAnOutage() throws Exception {
        EMULATOR.config().failureRate503(1.0);
        CompletableFuture<Object> sent = producer.asyncRequestBody("direct:webinar-attendance",
                new WebinarAttendance("grace@example.com", "Camel 101", 30, JOINED));

        // the component is retrying: Account Engagement answered 503 at least twice
        await().atMost(Duration.ofSeconds(20)).until(() -> EMULATOR.state().responseCount(503) >= 2);
        assertThat(sent).isNotDone();

        EMULATOR.config().failureRate503(0.0);
        sent.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::email).containsExactly("grace@example.com");
    }

    @Test
    void deliversEveryEventOnceWhenAThirdOfTheCallsFail() {
        EMULATOR.config().failureRate503(0.3);

        IntStream.range(0, 20).parallel().forEach(i -> producer.requestBody("direct:webinar-attendance",
                new WebinarAttendance("user" + i + "@example.com", "Camel 101", i, JOINED)));

        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::email)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 20).mapToObj(i -> "user" + i + "@example.com").toList());
    }

    @Test
    void logsInAgainOnceWhenTheTokenExpires() {
        producer.requestBody("direct:webinar-attendance", new WebinarAttendance("ada@example.com", "Camel 101", 1, JOINED));
        long logins = EMULATOR.state().tokenRequests();

        EMULATOR.state().expireAccessTokens();
        producer.requestBody("direct:webinar-attendance", new WebinarAttendance("alan@example.com", "Camel 101", 2, JOINED));

        assertThat(EMULATOR.state().tokenRequests()).isEqualTo(logins + 1);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(2);
    }

    @Test
    void rejectsAnInvalidEmailBeforeCallingAccountEngagement() {
        assertThatThrownBy(() -> producer.requestBody("direct:webinar-attendance",
                new WebinarAttendance("not-an-e-mail", "Camel 101", 1, JOINED)))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(PardotValidationException.class)
                .satisfies(e -> assertThat(((PardotValidationException) e).getField()).isEqualTo("email"));

        assertThat(EMULATOR.state().responses()).as("no call reached Account Engagement").isEmpty();
    }

    @Test
    void stopsAtTheDailyLimitWithoutRetrying() {
        EMULATOR.config().dailyLimit(1);
        producer.requestBody("direct:webinar-attendance", new WebinarAttendance("ada@example.com", "Camel 101", 1, JOINED));

        assertThatThrownBy(() -> producer.requestBody("direct:webinar-attendance",
                new WebinarAttendance("alan@example.com", "Camel 101", 2, JOINED)))
                .cause().isInstanceOf(PardotDailyLimitException.class);

        assertThat(EMULATOR.state().responseCount(429, 122)).as("one attempt, no retry loop").isEqualTo(1);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(1);
    }
}
