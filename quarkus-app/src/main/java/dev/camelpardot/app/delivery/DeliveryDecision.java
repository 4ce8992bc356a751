package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * What becomes of an event whose delivery failed: the one place where retries of a delivery are decided (the
 * component does not retry for the app, and the broker redelivers only after a consumer died).
 * <ul>
 * <li>the record is refused: dead-letter it now;</li>
 * <li>the daily limit, or the API unavailable while (or because) delivery is paused: put it back as it was;</li>
 * <li>otherwise it counts as a failed attempt: try again after the retry delay, or dead-letter it once it has
 * failed {@code pardot.delivery.max-attempts} times.</li>
 * </ul>
 *
 * @param outcome  what to do
 * @param kind     what the failure said (null for a paused delivery that made no call)
 * @param attempts the event's counted failures after this one
 * @param delay    the wait before it is tried again (RETRY only)
 */
public record DeliveryDecision(Outcome outcome, FailureKind kind, int attempts, Duration delay) {

    /**
     * Decides, and tells the gate what the failure said about the API (which may pause it).
     *
     * @param probe       whether this delivery was the probe of a pause
     * @param nextProbe   when the next probe may go out, should the API be unavailable
     * @param dailyResume when delivery may try again, should the daily limit be met
     */
    static DeliveryDecision of(Throwable failure, int attemptsSoFar, boolean probe, DeliveryGate gate, int maxAttempts,
                               RetrySchedule retries, Instant nextProbe, Instant dailyResume) {
        if (failure instanceof DeliveryPausedException) {
            return new DeliveryDecision(Outcome.REQUEUE, null, attemptsSoFar, Duration.ZERO);
        }
        FailureKind kind = FailureClassifier.classify(failure);
        switch (kind) {
            case RECORD:
                gate.answered();
                return new DeliveryDecision(Outcome.DEAD_LETTER, kind, attemptsSoFar + 1, Duration.ZERO);
            case DAILY_LIMIT:
                gate.dailyLimit(failure.getMessage(), dailyResume);
                return new DeliveryDecision(Outcome.REQUEUE, kind, attemptsSoFar, Duration.ZERO);
            case UNAVAILABLE:
                if (gate.unavailable(failure.getMessage(), probe, nextProbe)) {
                    return new DeliveryDecision(Outcome.REQUEUE, kind, attemptsSoFar, Duration.ZERO);
                }
                break;
            default:
                gate.answered();
        }
        int attempts = attemptsSoFar + 1;
        return attempts >= maxAttempts
                ? new DeliveryDecision(Outcome.DEAD_LETTER, kind, attempts, Duration.ZERO)
                : new DeliveryDecision(Outcome.RETRY, kind, attempts, retries.after(attempts));
    }
}
