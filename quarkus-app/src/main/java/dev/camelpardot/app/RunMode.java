package dev.camelpardot.app;

/** How the app reaches Account Engagement. */
public enum RunMode {
    /** Demo when no Salesforce client id is configured, production otherwise. */
    AUTO,
    /** An in-process emulator stands in for Salesforce. */
    DEMO,
    /** Real (or Account Engagement-compatible) servers from camel.component.pardot.* settings. */
    PRODUCTION
}
