package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JWT bearer assertion as Salesforce does: RS256 signature by the connected app's certificate,
 * {@code iss} = consumer key, {@code sub} (or legacy {@code prn}, which wins) = the user, {@code aud} = the login
 * host (production, sandbox, or this emulator), {@code exp} present, not past and at most 3 minutes ahead.
 */
final class JwtAssertionVerifier {

    static final String PRODUCTION_AUDIENCE = "https://login.salesforce.com";
    static final String SANDBOX_AUDIENCE = "https://test.salesforce.com";
    /** Salesforce's bound on how far ahead exp may be; one second of slack for clients that round up. */
    private static final long MAX_EXP_AHEAD_MILLIS = 180_000 + 1_000;

    private final EmulatorConfig config;
    private final Set<String> audiences;

    JwtAssertionVerifier(EmulatorConfig config, String baseUrl) {
        this.config = config;
        this.audiences = Set.of(PRODUCTION_AUDIENCE, SANDBOX_AUDIENCE, baseUrl);
    }

    /** @return the username the assertion is for; @throws OAuthError (invalid_grant) naming what is wrong */
    String verify(String assertion) {
        if (assertion == null || assertion.isBlank()) {
            throw new OAuthError(400, "invalid_request", "assertion is required for the jwt-bearer grant");
        }
        String[] parts = assertion.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw OAuthError.invalidGrant("invalid assertion: a JWT has three dot-separated parts");
        }
        Map<String, Object> header = decodeJson(parts[0], "header");
        Map<String, Object> claims = decodeJson(parts[1], "claims");
        if (!"RS256".equals(header.get("alg"))) {
            throw OAuthError.invalidGrant("invalid assertion: the algorithm (alg) must be RS256");
        }
        verifySignature(parts);
        if (!config.clientId().equals(claims.get("iss"))) {
            // Salesforce names an unknown consumer key the same way whichever grant carries it
            throw new OAuthError(400, "invalid_client_id", ClientAuthentication.CLIENT_ID_INVALID);
        }
        Object user = claims.containsKey("prn") ? claims.get("prn") : claims.get("sub");
        if (!config.username().equals(user)) {
            throw OAuthError.invalidGrant("user hasn't approved this consumer: sub must be the integration user's username");
        }
        if (!audienceMatches(claims.get("aud"))) {
            throw OAuthError.invalidGrant("audience is invalid: aud must be " + PRODUCTION_AUDIENCE + ", "
                    + SANDBOX_AUDIENCE + " or the emulator's base URL");
        }
        checkExpiry(claims.get("exp"));
        return (String) user;
    }

    private void verifySignature(String[] parts) {
        PublicKey key = config.jwtPublicKey();
        if (key == null) {
            throw OAuthError.invalidGrant("invalid assertion: the connected app has no certificate"
                    + " (configure the emulator's jwtCertificate or jwtPublicKey)");
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw OAuthError.invalidGrant("invalid assertion: the signature does not match the connected app's certificate");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw OAuthError.invalidGrant("invalid assertion: the signature cannot be verified (" + e.getMessage() + ")");
        }
    }

    private boolean audienceMatches(Object aud) {
        if (aud instanceof String) {
            return audiences.contains(stripSlash((String) aud));
        }
        if (aud instanceof List) {
            return ((List<?>) aud).stream().anyMatch(a -> a instanceof String && audiences.contains(stripSlash((String) a)));
        }
        return false;
    }

    private static void checkExpiry(Object exp) {
        if (!(exp instanceof Number)) {
            throw OAuthError.invalidGrant("invalid assertion: exp (expiry, seconds since the epoch) is required");
        }
        long expMillis = ((Number) exp).longValue() * 1000;
        long now = Instant.now().toEpochMilli();
        if (expMillis <= now) {
            throw OAuthError.invalidGrant("expired authorization code: the assertion's exp is in the past");
        }
        if (expMillis > now + MAX_EXP_AHEAD_MILLIS) {
            throw OAuthError.invalidGrant("invalid assertion: exp must be at most 3 minutes ahead");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decodeJson(String part, String what) {
        try {
            Object value = Json.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            if (value instanceof Map) {
                return (Map<String, Object>) value;
            }
        } catch (IllegalArgumentException e) {
            // not base64url or not JSON: reported below
        }
        throw OAuthError.invalidGrant("invalid assertion: the " + what + " is not base64url-encoded JSON");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
