package dev.camelpardot.benchmark;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The retry rules A and B follow, chosen to match camel-pardot's defaults so the 503 scenario compares the
 * delivery code and not the backoff: up to 5 retries of HTTP 429, 500, 502, 503 and 504, exponential backoff
 * starting at 250 ms with full jitter (mean 125 ms for the first retry), capped at 30 s.
 */
final class RetryRules {

    static final int MAX_RETRIES = 5;
    static final long INITIAL_DELAY_MILLIS = 250;
    static final long MAX_DELAY_MILLIS = 30_000;

    private static final Pattern EXPIRED_TOKEN_CODE = Pattern.compile("\"code\"\\s*:\\s*184\\b");

    private RetryRules() {
    }

    static boolean isTransient(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** A bad or expired token: HTTP 401, or Account Engagement error 184 under another status. */
    static boolean isExpiredToken(int status, String body) {
        return status == 401 || (status == 400 && body != null && EXPIRED_TOKEN_CODE.matcher(body).find());
    }

    /** Full jitter: uniform in [0, min(max, initial * 2^retry)]. */
    static long delayMillis(int retry) {
        long ceiling = Math.min(MAX_DELAY_MILLIS, INITIAL_DELAY_MILLIS << Math.min(retry, 20));
        return ThreadLocalRandom.current().nextLong(ceiling + 1);
    }
}
