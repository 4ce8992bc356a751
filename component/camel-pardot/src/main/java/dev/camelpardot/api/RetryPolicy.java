package dev.camelpardot.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How transient failures are retried: exponential backoff with full jitter, the n-th retry waiting a random
 * time in {@code [0, min(maxDelay, initialDelay * 2^n))}.
 *
 * @param maxRetries     retries after the first attempt (0 = never retry)
 * @param initialDelay   the upper bound of the first backoff
 * @param maxDelay       the cap of every backoff
 * @param retryOnTimeout also retry a request whose outcome is unknown: it timed out, or the connection was lost
 *                       after it was sent. Off by default because such a create may have been recorded, and
 *                       Account Engagement has no idempotency key, so a retry can record the activity twice.
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, boolean retryOnTimeout) {

    public static final int DEFAULT_MAX_RETRIES = 5;
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

    /** Null delays take the defaults; the options' rules are checked where they are set (the component). */
    public RetryPolicy {
        initialDelay = Objects.requireNonNullElse(initialDelay, DEFAULT_INITIAL_DELAY);
        maxDelay = Objects.requireNonNullElse(maxDelay, DEFAULT_MAX_DELAY);
    }

    /** 5 retries, 250 ms initial backoff, 30 s cap, no retry on timeout. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_RETRIES, DEFAULT_INITIAL_DELAY, DEFAULT_MAX_DELAY, false);
    }

    /** Never retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, false);
    }
}
