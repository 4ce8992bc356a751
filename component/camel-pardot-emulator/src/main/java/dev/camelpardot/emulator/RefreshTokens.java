package dev.camelpardot.emulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which refresh tokens the {@code refresh_token} grant accepts: the configured one and those issued by rotation,
 * minus those rotation or revocation has invalidated. A token and the ones rotation issued from it form a family,
 * named by its first token: revoking any of them revokes the family and the access tokens issued from it. Also
 * tracks the refreshes in progress, because Salesforce rejects a second request with a refresh token whose first
 * request has not finished.
 */
final class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmulatorConfig config;
    private final Set<String> issued = new HashSet<>();
    private final Set<String> invalidated = new HashSet<>();
    /** Issued token → the first token of its family; a token not in here is its own family (the configured one). */
    private final Map<String, String> families = new HashMap<>();
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
        return isKnown(token) && !invalidated.contains(token);
    }

    /** The family a token belongs to: the access tokens issued with it are revoked with it. */
    synchronized String familyOf(String token) {
        return families.getOrDefault(token, token);
    }

    /**
     * Revokes a valid refresh token and every token of its family.
     *
     * @return the family, whose access tokens the caller revokes too; null if the token is not a valid refresh token
     */
    synchronized String revoke(String token) {
        if (!isValid(token)) {
            return null;
        }
        String family = familyOf(token);
        invalidated.add(family);
        families.forEach((member, root) -> {
            if (root.equals(family)) {
                invalidated.add(member);
            }
        });
        return family;
    }

    /** Makes every refresh token rotation or revocation invalidated valid again (the configured one and those issued). */
    synchronized void revalidate() {
        invalidated.clear();
    }

    /** Forgets the tokens rotation issued and invalidated: only the configured refresh token is accepted. */
    synchronized void forgetIssued() {
        issued.clear();
        invalidated.clear();
        families.clear();
    }

    /** Invalidates a used token and issues its successor, of the same family. */
    synchronized String rotate(String used) {
        invalidated.add(used);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String next = "5Aep" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        issued.add(next);
        families.put(next, familyOf(used));
        return next;
    }

    private boolean isKnown(String token) {
        return token.equals(config.refreshToken()) || issued.contains(token);
    }
}
