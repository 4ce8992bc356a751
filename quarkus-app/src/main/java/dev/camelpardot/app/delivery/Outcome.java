package dev.camelpardot.app.delivery;

/** What becomes of an event whose delivery failed. */
public enum Outcome {
    /** It can never succeed as it is, or ran out of attempts: dead-letter it with the reason. */
    DEAD_LETTER,
    /** Tried again after the retry delay, the failure counted against the event's attempts. */
    RETRY,
    /** Put back as it was, its attempts untouched: delivery to its business unit is paused. */
    REQUEUE
}
