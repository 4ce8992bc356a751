package dev.camelpardot.app.delivery;

import java.time.Duration;

import dev.camelpardot.app.AppConfig;

/** The wait before a failed delivery is tried again: the retry delay, growing by the multiplier, capped. */
public final class RetrySchedule {

    private final Duration first;
    private final double multiplier;
    private final Duration max;

    public RetrySchedule(AppConfig.Delivery settings) {
        this(settings.retryDelay(), settings.retryMultiplier(), settings.maxRetryDelay());
    }

    RetrySchedule(Duration first, double multiplier, Duration max) {
        this.first = first;
        this.multiplier = multiplier;
        this.max = max;
    }

    /** The wait after the {@code failures}-th counted failure (1 for the first). */
    public Duration after(int failures) {
        double millis = first.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
