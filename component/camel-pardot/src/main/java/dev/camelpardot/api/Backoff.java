package dev.camelpardot.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
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
        long cap = policy.maxDelay().toMillis();
        long ceiling = Math.min(cap, policy.initialDelay().toMillis() << Math.min(retry, 30));
        long millis = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
        long retryAfter = retryAfterMillis(headers);
        if (retryAfter > millis) {
            millis = Math.min(retryAfter, cap);
        }
        return Duration.ofMillis(millis);
    }

    private static long retryAfterMillis(HttpHeaders headers) {
        if (headers == null) {
            return 0;
        }
        return headers.firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Long.parseLong(value.strip()) * 1000)
                .orElse(0L);
    }
}
