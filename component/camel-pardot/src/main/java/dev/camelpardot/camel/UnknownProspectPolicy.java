package dev.camelpardot.camel;

/**
 * What external-activity create does when Account Engagement answers that no prospect has the activity's e-mail
 * (error 4).
 */
public enum UnknownProspectPolicy {
    /** The exchange fails with the PardotApiException (code 4), as it always did. */
    FAIL,
    /**
     * The prospect is created (upsertLatestByEmail with just the e-mail) and the activity sent again, once; both calls
     * count against the in-flight cap and the daily allocation like any other.
     */
    CREATE
}
