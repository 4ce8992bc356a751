package dev.camelpardot.management;

import java.time.Clock;
import java.time.Duration;

import dev.camelpardot.api.ApiStats;
import dev.camelpardot.api.PardotApi;
import dev.camelpardot.auth.TokenSession;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/**
 * One connection of a pardot component over JMX: its live counters and what it talks to, never a credential or
 * the token itself (only the token's age).
 */
@ManagedResource(description = "A pardot connection: one token session and its in-flight cap per business unit")
public class ManagedPardotConnection {

    private final String id;
    private final PardotApi api;
    private final TokenSession session;
    private final Clock clock;

    public ManagedPardotConnection(String id, PardotApi api, Clock clock) {
        this.id = id;
        this.api = api;
        this.session = api.session();
        this.clock = clock;
    }

    @ManagedAttribute(description = "The connection's id within its CamelContext")
    public String getId() {
        return id;
    }

    @ManagedAttribute(description = "The Account Engagement base URL")
    public String getPardotUrl() {
        return api.pardotUrl().toString();
    }

    @ManagedAttribute(description = "The Salesforce login URL")
    public String getLoginUrl() {
        return session.settings().loginUrl().toString();
    }

    @ManagedAttribute(description = "The OAuth flow in use")
    public String getAuthenticationType() {
        return session.authenticationType().name();
    }

    @ManagedAttribute(description = "Seconds since the current access token was issued; -1 before the first login")
    public long getTokenAgeSeconds() {
        return session.currentToken()
                .map(token -> Math.max(0, Duration.between(token.issuedAt(), clock.instant()).toSeconds()))
                .orElse(-1L);
    }

    @ManagedAttribute(description = "The most Account Engagement requests in flight at once per business unit")
    public int getMaxConcurrentRequests() {
        return api.maxConcurrentRequests();
    }

    @ManagedAttribute(description = "Account Engagement requests holding a permit now, over all business units")
    public int getInFlight() {
        return stats().inFlight();
    }

    @ManagedAttribute(description = "The most Account Engagement requests ever in flight at once")
    public int getMaxInFlight() {
        return stats().maxInFlight();
    }

    @ManagedAttribute(description = "Account Engagement requests waiting for a permit now, over all business units")
    public int getPermitWaiters() {
        return api.waiting();
    }

    @ManagedAttribute(description = "HTTP requests sent (every attempt of every call)")
    public long getRequests() {
        return stats().requests();
    }

    @ManagedAttribute(description = "Attempts repeated after a transient failure")
    public long getRetries() {
        return stats().retries();
    }

    @ManagedAttribute(description = "Calls that ended with a 2xx")
    public long getSuccesses() {
        return stats().successes();
    }

    @ManagedAttribute(description = "Calls that ended with an exception")
    public long getFailures() {
        return stats().failures();
    }

    @ManagedAttribute(description = "Account Engagement error 66 responses (over the concurrent request limit)")
    public long getConcurrencyLimitErrors() {
        return stats().concurrencyLimitErrors();
    }

    @ManagedAttribute(description = "Account Engagement error 122 responses (daily limit)")
    public long getDailyLimitErrors() {
        return stats().dailyLimitErrors();
    }

    @ManagedAttribute(description = "Token refreshes asked for because a response said the token was invalid")
    public long getTokenRefreshes() {
        return stats().refreshes();
    }

    @ManagedAttribute(description = "HTTP requests made to the token endpoint, retries included")
    public long getTokenRequests() {
        return session.tokenRequests();
    }

    private ApiStats stats() {
        return api.stats();
    }
}
