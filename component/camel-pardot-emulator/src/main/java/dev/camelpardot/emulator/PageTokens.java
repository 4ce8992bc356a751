package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code nextPageToken}s of external-activity queries. A token carries the business unit, the position of
 * the next page and the page size, so a follow-up request needs nothing but the token (and fields).
 */
final class PageTokens {

    record Page(String businessUnitId, int offset, int limit) {
    }

    private static final String VERSION = "p1";

    private PageTokens() {
    }

    static String encode(Page page) {
        String text = VERSION + "|" + page.businessUnitId() + "|" + page.offset() + "|" + page.limit();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws AccountEngagementError 211 when the token was not issued for this business unit by this emulator */
    static Page decode(String token, String businessUnitId) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 4 && parts[0].equals(VERSION) && parts[1].equals(businessUnitId)) {
                Page page = new Page(parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
                if (page.offset() >= 0 && page.limit() > 0) {
                    return page;
                }
            }
        } catch (IllegalArgumentException e) {
            // not a token of ours: reported below
        }
        throw AccountEngagementError.badRequest(AccountEngagementError.INVALID_PAGE_TOKEN, "Invalid nextPageToken");
    }
}
