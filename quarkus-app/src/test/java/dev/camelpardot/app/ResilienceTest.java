package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.camelpardot.emulator.EmulatorDefaults;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Failures of the server side: none of them may lose an event, and an outage must cost neither calls nor attempts.
 * The test profile: pardot.delivery.max-attempts=3, outage-threshold 5, probe-interval 2 s, 5 slots.
 */
@QuarkusTest
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceTest {

    private static final String BU = EmulatorDefaults.BUSINESS_UNIT_ID;

    @Test
    @Order(1)
    void tokenExpiringMidStreamIsRefreshedWithoutLoss() {
        long tokensBefore = EmulatorAdmin.tokenRequests();
        EmulatorAdmin.configure(Map.of("tokenMaxCalls", 3));
        try {
            App.post(batch("token-", 12)).statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("token-") == 12);
        } finally {
            EmulatorAdmin.configure(Map.of("tokenMaxCalls", 0));
        }
        assertThat(EmulatorAdmin.tokenRequests() - tokensBefore).isGreaterThanOrEqualTo(3);
        assertThat(App.deadLetters("token-")).isEmpty();
    }

    @Test
    @Order(2)
    void anOutagePausesDeliveryCostsFewCallsNoAttemptsAndEndsByItself() throws InterruptedException {
        long callsBefore = EmulatorAdmin.responses("503");
        EmulatorAdmin.configure(Map.of("failureRate503", 1.0));
        try {
            App.post(batch("outage-", 40)).statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> "paused".equals(App.unitStatus(BU).get("delivery")));
            Map<String, Object> unit = App.unitStatus(BU);
            assertThat(unit.get("cause")).isEqualTo("outage");
            assertThat(String.valueOf(unit.get("reason"))).contains("503");
            assertThat(unit.get("nextProbe")).isNotNull();
            assertThat(given().get("/q/health/ready").then().extract().asString())
                    .contains("pardot-delivery").contains("paused (outage)");
            assertThat(given().get("/q/metrics").then().extract().asString()).containsPattern(
                    "pardot_delivery_paused\\{[^}]*business_unit=\"" + BU + "\"[^}]*cause=\"outage\"[^}]*} 1\\.0");
            // well past the 3 attempts each event would have had, had the outage counted
            Thread.sleep(12_000);
            assertThat(EmulatorAdmin.activitiesWithValuePrefix("outage-")).isEmpty();
            assertThat(((Number) unit.get("queued")).longValue()).isGreaterThan(0);
        } finally {
            EmulatorAdmin.configure(Map.of("failureRate503", 0.0));
        }
        long calls = EmulatorAdmin.responses("503") - callsBefore;
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("outage-") == 40);
        await().atMost(Duration.ofSeconds(10)).until(() -> "running".equals(App.unitStatus(BU).get("delivery")));
        assertThat(App.deadLetters("outage-")).as("an outage dead-letters nothing").isEmpty();
        // before the pause: at most 5 failures in a row plus the 4 other slots in flight; then one probe per 2 s
        // (about 8 in the wait) and the readiness check's own probes
        assertThat(calls).as("calls spent during the outage").isBetween(5L, 25L);
    }

    @Test
    @Order(3)
    void dailyLimitPausesDeliveryAndItResumesByItself() {
        EmulatorAdmin.configure(Map.of("dailyLimit", 2));
        try {
            App.post(batch("daily-", 6)).statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> "paused".equals(App.unitStatus(BU).get("delivery")));
            Map<String, Object> unit = App.unitStatus(BU);
            assertThat(unit.get("cause")).isEqualTo("daily_limit");
            assertThat(unit.get("resumesAt")).isNotNull();
            assertThat(EmulatorAdmin.distinctValuesWithPrefix("daily-")).isEqualTo(2);
            assertThat(EmulatorAdmin.responses("429/122")).isGreaterThan(0);
        } finally {
            EmulatorAdmin.configure(Map.of("dailyLimit", 0));
        }
        // pardot.daily-limit.retry-after is 3 s in the test profile
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("daily-") == 6);
        await().atMost(Duration.ofSeconds(10)).until(() -> "running".equals(App.status().get("delivery")));
        assertThat(App.deadLetters("daily-")).isEmpty();
    }

    @Test
    @Order(4)
    void aFailureThatIsNoOutageUsesAttemptsAndDeadLettersAfterTheLast() {
        // the refresh token stops working: every delivery fails to log in, which no waiting cures
        EmulatorAdmin.configure(Map.of("refreshToken", "rotated-elsewhere"));
        given().baseUri(EmulatorAdmin.baseUrl()).post("/emulator/expire-tokens").then().statusCode(204);
        try {
            App.post(batch("credentials-", 2)).statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("credentials-").size() == 2);
        } finally {
            EmulatorAdmin.configure(Map.of("refreshToken", EmulatorDefaults.REFRESH_TOKEN));
        }
        List<Map<String, Object>> dead = App.deadLetters("credentials-");
        assertThat(dead).allSatisfy(d -> {
            assertThat(d.get("stage")).isEqualTo("delivery");
            assertThat(d.get("deliveries")).as("pardot.delivery.max-attempts").isEqualTo(3);
            // the token requests of the last delivery, not the retry counter the put-back copies carried
            assertThat(d.get("attempts")).isEqualTo(1);
            assertThat(String.valueOf(d.get("reason"))).contains("invalid_grant");
        });
        assertThat(App.unitStatus(BU).get("delivery")).isEqualTo("running");
        // every retry's original was acknowledged: nothing is left on the slots
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) App.unitStatus(BU).get("queued")).longValue() == 0);
    }

    private static String batch(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> App.activity("ada@example.com", prefix + i))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
