package dev.camelpardot.app.delivery;

/** What becomes of a message whose delivery failed. */
public enum Outcome {
    /** It can never succeed as it is (or ran out of attempts): dead-letter it with the reason. */
    DEAD_LETTER,
    /** Transient: roll back, and the broker hands it over again after the redelivery delay. */
    RETRY,
    /** The daily API allocation is used up: keep it queued and pause delivery until the reset. */
    DAILY_LIMIT
}
