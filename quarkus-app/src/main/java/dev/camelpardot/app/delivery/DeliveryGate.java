package dev.camelpardot.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Whether delivery to one business unit runs in this replica, and why not. It pauses on the daily limit (122) and
 * when {@code threshold} deliveries in a row found the API unavailable. While paused, each slot of the unit holds its
 * next event (the slot stays this replica's, so no other replica takes it over) and makes no call, except one: when
 * the pause's time is up, one waiting slot is chosen to deliver its event as the probe. If that call gets an answer,
 * delivery resumes; if not, the pause goes on until the next probe. So a probe uses a slot of the unit like any
 * delivery, and the cap holds over every replica even while they probe.
 * <p>
 * Events that fail while the gate is paused are put back as they were: an outage never uses up an event's attempts.
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
     * @param until  when the next probe may go out
     */
    public record Pause(Cause cause, String reason, Instant since, Instant until) {

        Pause until(Instant next) {
            return new Pause(cause, reason, since, next);
        }
    }

    /** How often a waiting slot looks whether Camel is stopping. */
    private static final long WAIT_SLICE_MILLIS = 500;

    private final String businessUnitId;
    private final int threshold;
    private final Clock clock;
    private final Consumer<DeliveryGate> onPause;
    private final Consumer<Pause> onResume;
    private int consecutiveFailures;
    private volatile Pause pause;
    private boolean probing;

    DeliveryGate(String businessUnitId, int threshold, Clock clock, Consumer<DeliveryGate> onPause,
                 Consumer<Pause> onResume) {
        this.businessUnitId = businessUnitId;
        this.threshold = threshold;
        this.clock = clock;
        this.onPause = onPause;
        this.onResume = onResume;
    }

    public String businessUnitId() {
        return businessUnitId;
    }

    public boolean isPaused() {
        return pause != null;
    }

    /** The current pause, or null while delivery runs. */
    public Pause pause() {
        return pause;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /**
     * Called by a slot before its call: returns at once while delivery runs; while paused, waits until the pause ends
     * or until this slot is chosen to probe.
     *
     * @return true when this delivery is the probe
     * @throws DeliveryPausedException when Camel stops while the slot waits (the event is put back)
     */
    public boolean awaitTurn(BooleanSupplier stopping) throws InterruptedException {
        if (pause == null) {
            return false;
        }
        synchronized (this) {
            while (pause != null) {
                if (stopping.getAsBoolean()) {
                    throw new DeliveryPausedException(businessUnitId);
                }
                long untilProbe = Duration.between(clock.instant(), pause.until()).toMillis();
                if (!probing && untilProbe <= 0) {
                    probing = true;
                    return true;
                }
                wait(Math.max(1, probing ? WAIT_SLICE_MILLIS : Math.min(untilProbe, WAIT_SLICE_MILLIS)));
            }
            return false;
        }
    }

    /** A delivery went through, or the API answered with something that is not an outage: delivery runs. */
    public void answered() {
        Pause ended;
        synchronized (this) {
            consecutiveFailures = 0;
            probing = false;
            ended = pause;
            if (ended == null) {
                return;
            }
            pause = null;
            notifyAll();
        }
        onResume.accept(ended);
    }

    /**
     * A delivery found the API unavailable.
     *
     * @param probe     whether it was the probe of a pause
     * @param nextProbe when the next probe may go out, should this pause delivery
     * @return true when delivery is paused (by this failure or before it): the failure must not count against the
     * event
     */
    public boolean unavailable(String reason, boolean probe, Instant nextProbe) {
        synchronized (this) {
            consecutiveFailures++;
            if (pause != null) {
                if (probe) {
                    probing = false;
                    pause = pause.until(nextProbe);
                    notifyAll();
                }
                return true;
            }
            if (consecutiveFailures < threshold) {
                return false;
            }
            pause = new Pause(Cause.OUTAGE, reason, clock.instant(), nextProbe);
        }
        onPause.accept(this);
        return true;
    }

    /** The daily limit was reached: pause until {@code until}, or move the pause's next probe there. */
    public void dailyLimit(String reason, Instant until) {
        synchronized (this) {
            probing = false;
            if (pause != null && pause.cause() == Cause.DAILY_LIMIT) {
                pause = pause.until(until);
                notifyAll();
                return;
            }
            pause = new Pause(Cause.DAILY_LIMIT, reason, clock.instant(), until);
            notifyAll();
        }
        onPause.accept(this);
    }
}
