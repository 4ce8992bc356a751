package dev.camelpardot.app.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.RunModeDecision;

/**
 * The keys accepted in {@code X-Api-Key} (or {@code Authorization: Bearer}). In demo mode without configured keys
 * the demo key works; in production at least one key must be configured (checked at start).
 */
@Singleton
public class ApiKeys {

    public static final String HEADER = "X-Api-Key";

    /** SHA-256 of each key: comparing digests takes the same time whatever the length or content presented. */
    private final List<byte[]> digests;

    public ApiKeys(AppConfig config, RunModeDecision mode) {
        List<String> configured = config.ingress().apiKeys().orElse(List.of()).stream()
                .map(String::trim).filter(k -> !k.isEmpty()).toList();
        if (configured.isEmpty()) {
            if (!mode.isDemo()) {
                throw new IllegalStateException("pardot.ingress.api-keys (PARDOT_INGRESS_API_KEYS) is required in production mode:"
                        + " set one or more keys, comma separated, for the X-Api-Key header of POST /activities and /dlq");
            }
            configured = List.of(config.demo().apiKey());
        }
        this.digests = configured.stream().map(ApiKeys::sha256).toList();
    }

    /** Compares in constant time, so response timing reveals neither how much of a key matched nor its length. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = sha256(presented);
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
