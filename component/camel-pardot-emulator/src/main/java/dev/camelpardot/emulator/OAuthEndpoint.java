package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /services/oauth2/token}: Salesforce's token endpoint for the refresh-token, client-credentials,
 * JWT-bearer and username-password grants. The connected app authenticates in the form or with HTTP Basic
 * ({@link ClientAuthentication}); the response is JSON, form-encoded or XML as the {@code format} parameter or the
 * {@code Accept} header asks ({@link ResponseFormat}). Every response waits
 * {@link EmulatorConfig#tokenEndpointLatency}; a refresh token stays "in progress" that long, and a second request
 * with it meanwhile is refused.
 */
final class OAuthEndpoint implements Endpoint {

    static final String REFRESH_TOKEN = "refresh_token";
    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String PASSWORD = "password";
    private static final String XML_ROOT = "OAuth";

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
        Map<String, String> params;
        try {
            params = new LinkedHashMap<>(request.query());
            params.putAll(UrlEncoded.parse(request.bodyText()));
        } catch (IllegalArgumentException e) {
            response.send(new OAuthError(400, "invalid_request",
                    "the form body is not valid application/x-www-form-urlencoded").toReply());
            return;
        }
        ResponseFormat format = ResponseFormat.of(request, params.get("format"), true);
        if (!request.method().equals("POST")) {
            response.send(new OAuthError(400, "invalid_request", "must use HTTP POST").toReply(format));
            return;
        }
        String grantType = params.getOrDefault("grant_type", "");
        traffic.tokenRequest(grantType);
        if (grantType.equals(REFRESH_TOKEN) && params.get("refresh_token") != null) {
            String refreshToken = params.get("refresh_token");
            if (!refreshTokens.begin(refreshToken)) {
                response.send(OAuthError.invalidGrant("token request is already being processed").toReply(format));
                return;
            }
            response.beforeSend(() -> refreshTokens.end(refreshToken));
        }
        response.sendLater(config.tokenEndpointLatency(), () -> grant(grantType, params, request, format));
    }

    private Reply grant(String grantType, Map<String, String> params, EmulatorRequest request, ResponseFormat format) {
        try {
            Map<String, Object> token;
            switch (grantType) {
                case REFRESH_TOKEN:
                    token = refreshTokenGrant(params, request);
                    break;
                case CLIENT_CREDENTIALS:
                    ClientAuthentication.of(request, params).check(config, true);
                    token = tokenResponse("api pardot_api", null, null);
                    break;
                case JWT_BEARER:
                    jwtVerifier.verify(params.get("assertion"));
                    token = tokenResponse("api pardot_api", null, null);
                    break;
                case PASSWORD:
                    token = passwordGrant(params, request);
                    break;
                default:
                    throw new OAuthError(400, "unsupported_grant_type", "grant type not supported");
            }
            return format.reply(200, XML_ROOT, token)
                    .withHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
        } catch (OAuthError e) {
            return e.toReply(format);
        }
    }

    private Map<String, Object> refreshTokenGrant(Map<String, String> params, EmulatorRequest request) {
        ClientAuthentication.of(request, params).check(config, false);
        String refreshToken = params.get("refresh_token");
        if (refreshToken == null || refreshToken.isEmpty()) {
            throw new OAuthError(400, "invalid_request", "refresh_token is required");
        }
        if (!refreshTokens.isValid(refreshToken)) {
            throw OAuthError.invalidGrant("expired access/refresh token");
        }
        String family = refreshTokens.familyOf(refreshToken);
        String next = config.rotateRefreshTokens() ? refreshTokens.rotate(refreshToken) : null;
        return tokenResponse("api pardot_api refresh_token", next, family);
    }

    private Map<String, Object> passwordGrant(Map<String, String> params, EmulatorRequest request) {
        ClientAuthentication.of(request, params).check(config, true);
        String password = params.get("password");
        if (!config.username().equals(params.get("username")) || password == null
                || !ClientAuthentication.equalsConstantTime(password, config.password())) {
            throw OAuthError.invalidGrant("authentication failure");
        }
        return tokenResponse("api pardot_api", null, null);
    }

    /** @param family the refresh token whose revocation also revokes this access token, or null */
    private Map<String, Object> tokenResponse(String scope, String refreshToken, String family) {
        Instant now = Instant.now();
        String issuedAt = Long.toString(now.toEpochMilli());
        String id = UserProfile.identityUrl(baseUrl);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessTokens.issue(now, family));
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("signature", signature(id, issuedAt));
        body.put("scope", scope);
        body.put("instance_url", baseUrl);
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return body;
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
}
