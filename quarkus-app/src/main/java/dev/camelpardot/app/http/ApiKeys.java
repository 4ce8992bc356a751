package dev.camelpardot.app.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.RunModeDecision;

/**
 * The keys accepted in {@code X-Api-Key}. In demo mode without configured keys the demo key works; in
 * production at least one key must be configured (checked at start).
 */
@Singleton
public class ApiKeys {

    public static final String HEADER = "X-Api-Key";

    private final List<byte[]> keys;

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
        this.keys = configured.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Compares in constant time, so response timing does not reveal how much of a key matched. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }
}
