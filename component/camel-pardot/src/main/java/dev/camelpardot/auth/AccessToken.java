package dev.camelpardot.auth;

import java.net.URI;
import java.time.Instant;

import dev.camelpardot.api.Secrets;

/**
 * A Salesforce access token. {@code instanceUrl} is the org's base URL for REST and Tooling calls (null if the
 * token response had none); {@code issuedAt} comes from the response's {@code issued_at}. Salesforce sends no
 * expiry, so a token is used until a call says it is invalid. {@code toString} masks the value.
 */
public record AccessToken(String value, URI instanceUrl, Instant issuedAt) {

    public AccessToken {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an access token needs a value");
        }
    }

    /** The {@code Authorization} header value. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[value=" + Secrets.MASK + ", instanceUrl=" + instanceUrl + ", issuedAt=" + issuedAt + "]";
    }
}
