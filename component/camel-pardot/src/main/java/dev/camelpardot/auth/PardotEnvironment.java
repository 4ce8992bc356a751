package dev.camelpardot.auth;

import java.net.URI;

/**
 * Which Salesforce login host and Account Engagement host belong together. {@code loginUrl} and {@code pardotUrl}
 * override each one (an Account Engagement developer org logs in at login.salesforce.com but is served by
 * pi.demo.pardot.com, for example).
 */
public enum PardotEnvironment {
    /** login.salesforce.com with pi.pardot.com. */
    PRODUCTION("https://login.salesforce.com", "https://pi.pardot.com"),
    /** test.salesforce.com (sandboxes) with pi.demo.pardot.com. */
    DEMO("https://test.salesforce.com", "https://pi.demo.pardot.com");

    private final URI loginUrl;
    private final URI pardotUrl;

    PardotEnvironment(String loginUrl, String pardotUrl) {
        this.loginUrl = URI.create(loginUrl);
        this.pardotUrl = URI.create(pardotUrl);
    }

    public URI loginUrl() {
        return loginUrl;
    }

    public URI pardotUrl() {
        return pardotUrl;
    }
}
