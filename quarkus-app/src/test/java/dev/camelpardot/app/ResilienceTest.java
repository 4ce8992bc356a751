package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Failures of the server side: none of them may lose an event. */
@QuarkusTest
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceTest {

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
    void thirtySecondOutageThenEverythingIsDelivered() throws InterruptedException {
        EmulatorAdmin.configure(Map.of("failureRate503", 1.0));
        try {
            App.post(batch("outage-", 20)).statusCode(202);
            Thread.sleep(30_000);
            assertThat(EmulatorAdmin.activitiesWithValuePrefix("outage-")).isEmpty();
            assertThat(((Number) App.status().get("queued")).longValue()).isGreaterThan(0);
        } finally {
            EmulatorAdmin.configure(Map.of("failureRate503", 0.0));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("outage-") == 20);
        assertThat(App.deadLetters("outage-")).isEmpty();
        assertThat(EmulatorAdmin.responses("503")).isGreaterThan(0);
    }

    @Test
    @Order(3)
    void dailyLimitPausesDeliveryAndItResumesByItself() {
        EmulatorAdmin.configure(Map.of("dailyLimit", 2));
        try {
            App.post(batch("daily-", 6)).statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> "paused (daily limit)".equals(App.status().get("delivery")));
            assertThat(App.status().get("pausedUntil")).isNotNull();
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

    private static String batch(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> App.activity("ada@example.com", prefix + i))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
