package dev.camelpardot.emulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opaque access tokens the token endpoint issues. A token is valid until {@link EmulatorConfig#tokenTtl} has
 * passed since it was issued or until it has served {@link EmulatorConfig#tokenMaxCalls} API calls, whichever
 * comes first; both settings are read at each use, so changing them affects tokens already issued.
 */
final class AccessTokens {

    enum Check { VALID, EXPIRED, UNKNOWN }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorConfig config;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    private static final class Issued {
        final Instant issuedAt;
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean revoked;

        Issued(Instant issuedAt) {
            this.issuedAt = issuedAt;
        }
    }

    AccessTokens(EmulatorConfig config) {
        this.config = config;
    }

    /** Shaped like Salesforce's: organization id, '!', then random text. */
    String issue(Instant issuedAt) {
        byte[] random = new byte[36];
        RANDOM.nextBytes(random);
        String token = EmulatorDefaults.ORGANIZATION_ID + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.put(token, new Issued(issuedAt));
        return token;
    }

    /** Checks a token presented on an API call, and counts the call against it. */
    Check use(String token) {
        Issued issued = token == null ? null : tokens.get(token);
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
        int calls = issued.calls.incrementAndGet();
        if (maxCalls > 0 && calls > maxCalls) {
            return Check.EXPIRED;
        }
        return Check.VALID;
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
