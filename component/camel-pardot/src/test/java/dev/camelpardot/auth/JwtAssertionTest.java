package dev.camelpardot.auth;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelpardot.api.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JwtAssertionTest {

    @Test
    void isAnRs256JwtWithSalesforceClaims() throws Exception {
        KeyPair pair = TestKeys.pair();
        Instant now = Instant.parse("2025-01-01T10:00:00Z");
        String jwt = JwtAssertion.create("consumer-key", "user@example.com", "https://test.salesforce.com",
                pair.getPrivate(), now);

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("iss").asText()).isEqualTo("consumer-key");
        assertThat(claims.get("sub").asText()).isEqualTo("user@example.com");
        assertThat(claims.get("aud").asText()).isEqualTo("https://test.salesforce.com");
        long exp = claims.get("exp").asLong();
        assertThat(exp).isGreaterThan(now.getEpochSecond()).isLessThanOrEqualTo(now.getEpochSecond() + 180);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
