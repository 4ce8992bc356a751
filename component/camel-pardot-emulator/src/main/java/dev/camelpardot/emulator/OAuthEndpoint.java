package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /services/oauth2/token}: Salesforce's token endpoint for the refresh-token, client-credentials,
 * JWT-bearer and username-password grants. Every response waits {@link EmulatorConfig#tokenEndpointLatency};
 * a refresh token stays "in progress" that long, and a second request with it meanwhile is refused.
 */
final class OAuthEndpoint implements Endpoint {

    static final String REFRESH_TOKEN = "refresh_token";
    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String PASSWORD = "password";

    private final EmulatorConfig config;
    private final String baseUrl;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final TrafficStats traffic;
    private final JwtAssertionVerifier jwtVerifier;

    OAuthEndpoint(EmulatorConfig config, String baseUrl, AccessTokens accessTokens, RefreshTokens refreshTokens,
            TrafficStats traffic) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.traffic = traffic;
        this.jwtVerifier = new JwtAssertionVerifier(config, baseUrl);
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        if (!request.method().equals("POST")) {
            response.send(Reply.oauthError(400, "invalid_request", "must use HTTP POST"));
            return;
        }
        Map<String, String> params;
        try {
            params = new LinkedHashMap<>(request.query());
            params.putAll(UrlEncoded.parse(request.bodyText()));
        } catch (IllegalArgumentException e) {
            response.send(Reply.oauthError(400, "invalid_request", "the form body is not valid application/x-www-form-urlencoded"));
            return;
        }
        String grantType = params.getOrDefault("grant_type", "");
        traffic.tokenRequest(grantType);
        if (grantType.equals(REFRESH_TOKEN) && params.get("refresh_token") != null) {
            String refreshToken = params.get("refresh_token");
            if (!refreshTokens.begin(refreshToken)) {
                response.send(Reply.oauthError(400, "invalid_grant", "token request is already being processed"));
                return;
            }
            response.beforeSend(() -> refreshTokens.end(refreshToken));
        }
        response.sendLater(config.tokenEndpointLatency(), () -> grant(grantType, params, request));
    }

    private Reply grant(String grantType, Map<String, String> params, EmulatorRequest request) {
        try {
            switch (grantType) {
                case REFRESH_TOKEN:
                    return refreshTokenGrant(params);
                case CLIENT_CREDENTIALS:
                    return clientCredentialsGrant(params, request);
                case JWT_BEARER:
                    jwtVerifier.verify(params.get("assertion"));
                    return tokenResponse("api pardot_api", null);
                case PASSWORD:
                    return passwordGrant(params);
                default:
                    throw new OAuthError(400, "unsupported_grant_type", "grant type not supported");
            }
        } catch (OAuthError e) {
            return e.toReply();
        }
    }

    private Reply refreshTokenGrant(Map<String, String> params) {
        checkClientId(params.get("client_id"), 400);
        String secret = params.get("client_secret");
        if (secret != null && !equalsConstantTime(secret, config.clientSecret())) {
            throw new OAuthError(400, "invalid_client", "invalid client credentials");
        }
        String refreshToken = params.get("refresh_token");
        if (refreshToken == null || refreshToken.isEmpty()) {
            throw new OAuthError(400, "invalid_request", "refresh_token is required");
        }
        if (!refreshTokens.isValid(refreshToken)) {
            throw OAuthError.invalidGrant("expired access/refresh token");
        }
        String next = config.rotateRefreshTokens() ? refreshTokens.rotate(refreshToken) : null;
        return tokenResponse("api pardot_api refresh_token", next);
    }

    private Reply clientCredentialsGrant(Map<String, String> params, EmulatorRequest request) {
        String[] basic = basicCredentials(request.header("Authorization"));
        String clientId = basic != null ? basic[0] : params.get("client_id");
        String secret = basic != null ? basic[1] : params.get("client_secret");
        int status = basic != null ? 401 : 400;
        checkClientId(clientId, status);
        if (secret == null || !equalsConstantTime(secret, config.clientSecret())) {
            throw new OAuthError(status, "invalid_client", "invalid client credentials");
        }
        return tokenResponse("api pardot_api", null);
    }

    private Reply passwordGrant(Map<String, String> params) {
        checkClientId(params.get("client_id"), 400);
        String secret = params.get("client_secret");
        if (secret == null || !equalsConstantTime(secret, config.clientSecret())) {
            throw new OAuthError(400, "invalid_client", "invalid client credentials");
        }
        String password = params.get("password");
        if (!config.username().equals(params.get("username")) || password == null
                || !equalsConstantTime(password, config.password())) {
            throw OAuthError.invalidGrant("authentication failure");
        }
        return tokenResponse("api pardot_api", null);
    }

    private void checkClientId(String clientId, int status) {
        if (clientId == null || clientId.isEmpty()) {
            throw new OAuthError(status, "invalid_client_id", "client identifier invalid: client_id is required");
        }
        if (!clientId.equals(config.clientId())) {
            throw new OAuthError(status, "invalid_client", "invalid client credentials");
        }
    }

    private Reply tokenResponse(String scope, String refreshToken) {
        Instant now = Instant.now();
        String issuedAt = Long.toString(now.toEpochMilli());
        String id = baseUrl + "/id/" + EmulatorDefaults.ORGANIZATION_ID + "/" + EmulatorDefaults.USER_ID;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessTokens.issue(now));
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("signature", signature(id, issuedAt));
        body.put("scope", scope);
        body.put("instance_url", baseUrl);
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return Reply.json(200, body).withHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    }

    /** Base64 HMAC-SHA256 of id + issued_at keyed with the client secret, so clients can check the response. */
    private String signature(String id, String issuedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((id + issuedAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** {id, secret} of an {@code Authorization: Basic} header (each part form-decoded, per RFC 6749), or null. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {UrlEncoded.decode(decoded.substring(0, colon)), UrlEncoded.decode(decoded.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean equalsConstantTime(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
