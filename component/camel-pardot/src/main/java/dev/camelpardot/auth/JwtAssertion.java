package dev.camelpardot.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.camelpardot.api.Json;

/**
 * A signed JWT bearer assertion for the Salesforce token endpoint: header {@code {"alg":"RS256"}}, claims
 * {@code iss} (the connected app's consumer key), {@code sub} (the user name), {@code aud} (the authorization server)
 * and {@code exp}, signed with SHA256withRSA.
 */
final class JwtAssertion {

    /**
     * Salesforce rejects an {@code exp} more than three minutes ahead; staying half a minute under the limit leaves
     * room for a local clock that runs a little fast.
     */
    static final Duration LIFETIME = Duration.ofSeconds(150);

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private JwtAssertion() {
    }

    static String create(String clientId, String userName, String audience, PrivateKey key, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", clientId);
        claims.put("sub", userName);
        claims.put("aud", audience);
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        try {
            String signingInput = encode(Map.of("alg", "RS256")) + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign the JWT assertion with the configured key ("
                                               + e.getClass().getSimpleName() + "): it must be an RSA private key", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(Json.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JWT JSON", e);
        }
    }
}
