package dev.camelpardot.emulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opaque access tokens the token endpoint issues. A token is valid until {@link EmulatorConfig#tokenTtl} has
 * passed since it was issued or until it has served {@link EmulatorConfig#tokenMaxCalls} API calls, whichever
 * comes first; both settings are read at each use, so changing them affects tokens already issued. A token is
 * also invalid once revoked, by itself or through the refresh token it was issued with (its family).
 */
final class AccessTokens {

    enum Check { VALID, EXPIRED, UNKNOWN }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorConfig config;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    private static final class Issued {
        final Instant issuedAt;
        final String family;
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean revoked;

        Issued(Instant issuedAt, String family) {
            this.issuedAt = issuedAt;
            this.family = family;
        }
    }

    AccessTokens(EmulatorConfig config) {
        this.config = config;
    }

    String issue(Instant issuedAt) {
        return issue(issuedAt, null);
    }

    /**
     * Shaped like Salesforce's: organization id, '!', then random text.
     *
     * @param family the refresh-token family ({@link RefreshTokens#familyOf}) the token was issued from, or null
     */
    String issue(Instant issuedAt, String family) {
        byte[] random = new byte[36];
        RANDOM.nextBytes(random);
        String token = EmulatorDefaults.ORGANIZATION_ID + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.put(token, new Issued(issuedAt, family));
        return token;
    }

    /** Checks a token presented on an API call, and counts the call against it. */
    Check use(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        Check check = check(issued);
        if (check != Check.VALID) {
            return check;
        }
        int calls = issued.calls.incrementAndGet(); // counted even without a limit: a limit set later counts them
        int maxCalls = config.tokenMaxCalls();
        return maxCalls > 0 && calls > maxCalls ? Check.EXPIRED : Check.VALID;
    }

    /** Checks a token without counting a call: the identity service does not spend API calls. */
    Check check(String token) {
        return check(token == null ? null : tokens.get(token));
    }

    private Check check(Issued issued) {
        if (issued == null) {
            return Check.UNKNOWN;
        }
        if (issued.revoked) {
            return Check.EXPIRED;
        }
        Duration ttl = config.tokenTtl();
        if (!ttl.isZero() && Instant.now().isAfter(issued.issuedAt.plus(ttl))) {
            return Check.EXPIRED;
        }
        int maxCalls = config.tokenMaxCalls();
        return maxCalls > 0 && issued.calls.get() >= maxCalls ? Check.EXPIRED : Check.VALID;
    }

    /** Revokes one issued token; false if the emulator never issued it or it was revoked already. */
    boolean revoke(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        if (issued == null || issued.revoked) {
            return false;
        }
        issued.revoked = true;
        return true;
    }

    /** Revokes every token issued from a refresh-token family, as revoking the refresh token does. */
    void revokeFamily(String family) {
        tokens.values().stream().filter(issued -> Objects.equals(issued.family, family) && family != null)
                .forEach(issued -> issued.revoked = true);
    }

    /** Forgets every token issued so far: the next API call with one gets 401 / error 184, as with a fresh emulator. */
    void forgetAll() {
        tokens.clear();
    }

    /** Expires every token issued so far, as a session timeout or a revocation would. */
    void expireAll() {
        tokens.values().forEach(issued -> issued.revoked = true);
    }
}
