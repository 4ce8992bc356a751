package dev.camelpardot.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one {@link PardotApi}, for health checks, metrics and tests. "In flight" counts Account
 * Engagement requests holding a concurrency permit, over all business units.
 */
public final class ApiStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder refreshes = new LongAdder();
    private final LongAdder successes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder concurrencyLimitErrors = new LongAdder();
    private final LongAdder dailyLimitErrors = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** HTTP requests sent (every attempt of every call). */
    public long requests() {
        return requests.sum();
    }

    /** Attempts repeated after a transient failure (backoff retries; the retry after a refresh is not one). */
    public long retries() {
        return retries.sum();
    }

    /** Token refreshes asked for because a response said the token was invalid (401, 184, INVALID_SESSION_ID). */
    public long refreshes() {
        return refreshes.sum();
    }

    /** Calls that ended with a 2xx. */
    public long successes() {
        return successes.sum();
    }

    /** Calls that ended with an exception. */
    public long failures() {
        return failures.sum();
    }

    /** Account Engagement error 66 responses seen (over the concurrent request limit). */
    public long concurrencyLimitErrors() {
        return concurrencyLimitErrors.sum();
    }

    /** Account Engagement error 122 responses seen (daily limit). */
    public long dailyLimitErrors() {
        return dailyLimitErrors.sum();
    }

    /** Account Engagement requests in flight now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The most Account Engagement requests ever in flight at once. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    void requestSent() {
        requests.increment();
    }

    void retried() {
        retries.increment();
    }

    void refreshed() {
        refreshes.increment();
    }

    void succeeded() {
        successes.increment();
    }

    void failed() {
        failures.increment();
    }

    void concurrencyLimitError() {
        concurrencyLimitErrors.increment();
    }

    void dailyLimitError() {
        dailyLimitErrors.increment();
    }

    void permitTaken() {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void permitReturned() {
        inFlight.decrementAndGet();
    }

    @Override
    public String toString() {
        return "ApiStats[requests=" + requests() + ", retries=" + retries() + ", refreshes=" + refreshes()
               + ", successes=" + successes() + ", failures=" + failures() + ", inFlight=" + inFlight()
               + ", maxInFlight=" + maxInFlight() + ", error66=" + concurrencyLimitErrors()
               + ", error122=" + dailyLimitErrors() + "]";
    }
}
