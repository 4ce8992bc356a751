package dev.camelpardot.emulator;

/** What an external activity for an e-mail that matches no seeded prospect gets. */
public enum UnknownEmailPolicy {
    /** Recorded like any other (the default: real behaviour is undocumented). */
    ACCEPT,
    /** Rejected with error code 4, "Invalid prospect email address". */
    REJECT
}
