package dev.camelpardot.camel;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * What one readiness probe found: up or down, a message, details (status, error code, hint; never a secret), the
 * failure, and when the probe finished. Immutable, so a health-check call can report it while the next probe runs.
 */
record ProbeResult(boolean up, String message, Map<String, Object> details, Throwable error, long finishedAt) {

    ProbeResult {
        details = Map.copyOf(details);
    }

    /** True when it is older than the cache period for its state: then the next call starts a new probe. */
    boolean isStale(long now, long upReuseMillis, long downRetryMillis) {
        return now - finishedAt >= (up ? upReuseMillis : downRetryMillis);
    }

    void applyTo(HealthCheckResultBuilder builder) {
        details.forEach(builder::detail);
        builder.detail("checked.at", Instant.ofEpochMilli(finishedAt).toString());
        if (message != null) {
            builder.message(message);
        }
        if (error != null) {
            builder.error(error);
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
