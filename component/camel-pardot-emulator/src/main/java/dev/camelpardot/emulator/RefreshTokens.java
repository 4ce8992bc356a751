package dev.camelpardot.emulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which refresh tokens the {@code refresh_token} grant accepts: the configured one and those issued by rotation,
 * minus those rotation has invalidated. Also tracks the refreshes in progress, because Salesforce rejects a second
 * request with a refresh token whose first request has not finished.
 */
final class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorConfig config;
    private final Set<String> issued = new HashSet<>();
    private final Set<String> invalidated = new HashSet<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();

    RefreshTokens(EmulatorConfig config) {
        this.config = config;
    }

    /** Marks a refresh with this token as started; false if one is already in progress. */
    boolean begin(String token) {
        return inProgress.add(token);
    }

    void end(String token) {
        inProgress.remove(token);
    }

    synchronized boolean isValid(String token) {
        return (token.equals(config.refreshToken()) || issued.contains(token)) && !invalidated.contains(token);
    }

    /** Makes every refresh token rotation invalidated valid again (the configured one and those issued). */
    synchronized void revalidate() {
        invalidated.clear();
    }

    /** Forgets the tokens rotation issued and invalidated: only the configured refresh token is accepted. */
    synchronized void forgetIssued() {
        issued.clear();
        invalidated.clear();
    }

    /** Invalidates a used token and issues its successor. */
    synchronized String rotate(String used) {
        invalidated.add(used);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String next = "5Aep" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        issued.add(next);
        return next;
    }
}
