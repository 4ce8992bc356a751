package dev.camelpardot.app.delivery;

/** What a failed delivery says, by what can cure it. */
public enum FailureKind {
    /** The record itself is refused (validation, codes 4, 150, 152-154, 180): it can never pass as it is. */
    RECORD,
    /** The business unit's daily API allocation is used up (122). */
    DAILY_LIMIT,
    /** The API is not answering as it should (5xx, timeouts, refused or lost connections, 183, 66): wait. */
    UNAVAILABLE,
    /** Anything else (credentials, configuration, an unknown answer): a fix may cure it; counts as an attempt. */
    OTHER
}
