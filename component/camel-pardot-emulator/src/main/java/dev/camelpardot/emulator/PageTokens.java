package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Opaque {@code nextPageToken}s of external-activity queries. A token carries the business unit, the query's
 * parameters (filters, orderBy, limit), the id of the last record it returned and when it was issued: a follow-up
 * request sends nothing but the token (and fields), as v5 requires, and the next page starts right after that
 * record in the query's order, so records recorded meanwhile are neither skipped nor repeated by the sequence.
 * Tokens live four hours, as the Version 5 overview documents.
 */
final class PageTokens {

    static final Duration LIFETIME = Duration.ofHours(4);

    record Page(String businessUnitId, Map<String, String> parameters, String afterId, Instant issuedAt) {
    }

    private static final String VERSION = "p2";

    private PageTokens() {
    }

    static String encode(Page page) {
        String text = VERSION + "|" + page.businessUnitId() + "|" + page.issuedAt().toEpochMilli() + "|" + page.afterId()
                + "|" + UrlEncoded.format(page.parameters());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws AccountEngagementError 211 when the token was not issued for this business unit by this emulator,
     *         210 when it is older than {@link #LIFETIME}
     */
    static Page decode(String token, String businessUnitId, Instant now) {
        Page page = null;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 5);
            if (parts.length == 5 && parts[0].equals(VERSION) && parts[1].equals(businessUnitId) && isNumber(parts[3])) {
                page = new Page(parts[1], UrlEncoded.parse(parts[4]), parts[3], Instant.ofEpochMilli(Long.parseLong(parts[2])));
            }
        } catch (IllegalArgumentException e) {
            // not a token of ours: reported below
        }
        if (page == null) {
            throw AccountEngagementError.badRequest(AccountEngagementError.INVALID_PAGE_TOKEN,
                    "Page token is invalid: this nextPageToken was not issued by the emulator for this business unit");
        }
        if (now.isAfter(page.issuedAt().plus(LIFETIME))) {
            throw AccountEngagementError.badRequest(AccountEngagementError.EXPIRED_PAGE_TOKEN,
                    "Page token has expired: a nextPageToken lives " + LIFETIME.toHours() + " hours");
        }
        return page;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
