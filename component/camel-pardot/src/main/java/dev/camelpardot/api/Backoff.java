package dev.camelpardot.api;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter, stretched to a server's Retry-After when it sends one: the one backoff of
 * the component, for API calls and token requests alike.
 */
public final class Backoff {

    private Backoff() {
    }

    /**
     * The wait before retry number {@code retry} (0-based): random in {@code [0, min(maxDelay, initialDelay * 2^retry)]}.
     * Full jitter spreads the retries of many callers that failed at the same moment, so they do not collide again.
     */
    public static Duration delay(RetryPolicy policy, int retry, HttpHeaders headers) {
        return delay(policy, retry, headers, Clock.systemUTC());
    }

    static Duration delay(RetryPolicy policy, int retry, HttpHeaders headers, Clock clock) {
        long cap = policy.maxDelay().toMillis();
        long ceiling = Math.min(cap, policy.initialDelay().toMillis() << Math.min(retry, 30));
        long millis = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
        long retryAfter = retryAfterMillis(headers, clock);
        if (retryAfter > millis) {
            millis = Math.min(retryAfter, cap);
        }
        return Duration.ofMillis(millis);
    }

    /** Retry-After as delay-seconds or as an HTTP date (RFC 9110); 0 when absent, past or unreadable. */
    private static long retryAfterMillis(HttpHeaders headers, Clock clock) {
        if (headers == null) {
            return 0;
        }
        String value = headers.firstValue("Retry-After").map(String::strip).orElse("");
        if (value.matches("\\d{1,6}")) {
            return Long.parseLong(value) * 1000;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(clock.instant(), at.toInstant()).toMillis());
        } catch (DateTimeParseException notADate) {
            return 0;
        }
    }
}
