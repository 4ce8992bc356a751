package dev.camelpardot.app.delivery;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Whether delivery to one business unit runs in this replica, and why not. It pauses on the daily limit (122) and
 * when {@code threshold} deliveries in a row found the API unavailable; {@link DeliveryGates} then stops the unit's
 * slots, probes, and resumes. Events that fail while the gate is paused are put back as they were: an outage never
 * uses up an event's attempts, and no call is spent on an event while the gate is shut.
 */
public final class DeliveryGate {

    public enum Cause {
        /** Consecutive transient failures: 5xx, timeouts, refused connections, 183, 66. */
        OUTAGE,
        /** The daily API allocation is used up (122). */
        DAILY_LIMIT
    }

    /**
     * @param reason the failure that caused it
     * @param until  the next probe (outage) or the resume time (daily limit)
     */
    public record Pause(Cause cause, String reason, Instant since, Instant until) {
    }

    private final String businessUnitId;
    private final int threshold;
    private final Consumer<DeliveryGate> onPause;
    private int consecutiveFailures;
    private Pause pause;

    DeliveryGate(String businessUnitId, int threshold, Consumer<DeliveryGate> onPause) {
        this.businessUnitId = businessUnitId;
        this.threshold = threshold;
        this.onPause = onPause;
    }

    public String businessUnitId() {
        return businessUnitId;
    }

    public synchronized boolean isPaused() {
        return pause != null;
    }

    /** The current pause, or null while delivery runs. */
    public synchronized Pause pause() {
        return pause;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** A delivery went through, or the API answered with something that is not an outage. */
    public synchronized void answered() {
        consecutiveFailures = 0;
    }

    /**
     * A delivery found the API unavailable.
     *
     * @return true when delivery is paused (by this failure or before it): the failure must not count against the
     * event
     */
    public boolean unavailable(String reason, Instant now, Instant nextProbe) {
        synchronized (this) {
            consecutiveFailures++;
            if (pause != null) {
                return true;
            }
            if (consecutiveFailures < threshold) {
                return false;
            }
            pause = new Pause(Cause.OUTAGE, reason, now, nextProbe);
        }
        onPause.accept(this);
        return true;
    }

    /** The daily limit was reached: pause until {@code until}, unless already paused for it. */
    public void dailyLimit(String reason, Instant now, Instant until) {
        synchronized (this) {
            if (pause != null && pause.cause() == Cause.DAILY_LIMIT) {
                return;
            }
            pause = new Pause(Cause.DAILY_LIMIT, reason, now, until);
        }
        onPause.accept(this);
    }

    synchronized void nextProbe(Instant at) {
        if (pause != null) {
            pause = new Pause(pause.cause(), pause.reason(), pause.since(), at);
        }
    }

    synchronized void resumed() {
        pause = null;
        consecutiveFailures = 0;
    }
}
