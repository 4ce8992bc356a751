package dev.camelpardot.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), false);

    @Test
    void staysWithinTheExponentialCeilingAndTheCap() {
        long most = 0;
        for (int i = 0; i < 2000; i++) {
            assertThat(Backoff.delay(policy, 0, null)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(Backoff.delay(policy, 2, null)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            Duration late = Backoff.delay(policy, 20, null);
            assertThat(late).isBetween(Duration.ZERO, Duration.ofSeconds(1));
            most = Math.max(most, late.toMillis());
        }
        // full jitter spreads over the whole range, it is not a fixed delay
        assertThat(most).isGreaterThan(500);
    }

    @Test
    void waitsAtLeastRetryAfterUpToTheCap() {
        HttpHeaders twoSeconds = HttpHeaders.of(Map.of("Retry-After", List.of("2")), (a, b) -> true);
        HttpHeaders halfSecond = HttpHeaders.of(Map.of("Retry-After", List.of("0")), (a, b) -> true);
        assertThat(Backoff.delay(policy, 0, twoSeconds)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.delay(policy, 0, halfSecond)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        java.time.Instant now = java.time.Instant.parse("2026-12-01T10:00:00Z");
        java.time.Clock clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
        RetryPolicy noJitter = new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(1), false);
        assertThat(Backoff.delay(noJitter, 0, retryAfter("Tue, 01 Dec 2026 10:00:07 GMT"), clock))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(Backoff.delay(noJitter, 0, retryAfter("Tue, 01 Dec 2026 09:59:00 GMT"), clock))
                .as("a date in the past: no extra wait").isEqualTo(Duration.ZERO);
        assertThat(Backoff.delay(noJitter, 0, retryAfter("soon"), clock)).as("unreadable: ignored").isEqualTo(Duration.ZERO);
        assertThat(Backoff.delay(noJitter, 0, retryAfter("Tue, 01 Dec 2026 11:00:00 GMT"), clock))
                .as("capped by retryMaxDelay").isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.delay(noJitter, 0, retryAfter("3"), clock)).isEqualTo(Duration.ofSeconds(3));
    }

    private static HttpHeaders retryAfter(String value) {
        return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (a, b) -> true);
    }
}
