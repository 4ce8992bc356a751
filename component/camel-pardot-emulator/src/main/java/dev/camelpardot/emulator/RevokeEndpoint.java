package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /services/oauth2/revoke}: {@code POST} with the form {@code token=<access or refresh token>} (or
 * {@code GET ?token=}). An access token stops working at once; a refresh token stops working, with every token of
 * its rotation family and every access token issued from them. 200 with no body on success; 400
 * {@code invalid_token} "Token was invalid" for a token the emulator did not issue or already revoked, 400
 * {@code unsupported_token_type} for a {@code token_type_hint} other than access_token or refresh_token.
 */
final class RevokeEndpoint implements Endpoint {

    static final String PATH = "/services/oauth2/revoke";
    private static final Set<String> TOKEN_TYPES = Set.of("access_token", "refresh_token");

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final TrafficStats traffic;

    RevokeEndpoint(AccessTokens accessTokens, RefreshTokens refreshTokens, TrafficStats traffic) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.traffic = traffic;
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        response.send(reply(request));
    }

    private Reply reply(EmulatorRequest request) {
        if (!request.method().equals("POST") && !request.method().equals("GET")) {
            return Reply.text(405, "Method Not Allowed").withHeader("Allow", "GET, POST");
        }
        traffic.revokeRequest();
        Map<String, String> params;
        try {
            params = new LinkedHashMap<>(request.query());
            if (request.method().equals("POST")) {
                params.putAll(UrlEncoded.parse(request.bodyText()));
            }
        } catch (IllegalArgumentException e) {
            return invalidToken();
        }
        String hint = params.get("token_type_hint");
        if (hint != null && !TOKEN_TYPES.contains(hint)) {
            return new OAuthError(400, "unsupported_token_type", "Token type not supported").toReply();
        }
        String token = params.get("token");
        if (token == null || token.isBlank()) {
            return invalidToken();
        }
        if (accessTokens.revoke(token)) {
            return Reply.empty(200);
        }
        String family = refreshTokens.revoke(token);
        if (family == null) {
            return invalidToken();
        }
        accessTokens.revokeFamily(family);
        return Reply.empty(200);
    }

    private static Reply invalidToken() {
        return new OAuthError(400, "invalid_token", "Token was invalid").toReply();
    }
}
