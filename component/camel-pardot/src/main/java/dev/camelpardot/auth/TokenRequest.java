package dev.camelpardot.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The form a flow posts to the token endpoint ({@code application/x-www-form-urlencoded}). A JWT request signs a
 * fresh assertion each time it is built, so build one per attempt. {@code toString} shows the grant type only.
 */
final class TokenRequest {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final AuthenticationType type;
    private final Map<String, String> form;

    private TokenRequest(AuthenticationType type, Map<String, String> form) {
        this.type = type;
        this.form = form;
    }

    /**
     * The request of flow {@code type}; {@code refreshToken} is the newest known one (it may have been rotated since
     * the settings were made).
     */
    static TokenRequest of(AuthenticationType type, OAuthSettings settings, String refreshToken, Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        switch (type) {
            case REFRESH_TOKEN:
                form.put("grant_type", "refresh_token");
                form.put("refresh_token", refreshToken);
                form.put("client_id", settings.clientId());
                putIfSet(form, "client_secret", settings.clientSecret());
                break;
            case CLIENT_CREDENTIALS:
                form.put("grant_type", "client_credentials");
                form.put("client_id", settings.clientId());
                form.put("client_secret", settings.clientSecret());
                break;
            case USERNAME_PASSWORD:
                form.put("grant_type", "password");
                form.put("client_id", settings.clientId());
                form.put("client_secret", settings.clientSecret());
                form.put("username", settings.userName());
                form.put("password", settings.password());
                break;
            case JWT:
                form.put("grant_type", JWT_BEARER);
                form.put("assertion", JwtAssertion.create(settings.clientId(), settings.userName(),
                        settings.jwtAudienceOrDerived(), settings.jwtKey(), now));
                break;
            default:
                throw new IllegalStateException("unknown authenticationType " + type);
        }
        return new TokenRequest(type, form);
    }

    AuthenticationType type() {
        return type;
    }

    String grantType() {
        return form.get("grant_type");
    }

    /** The values of this request that are secrets, to scrub them from what the server sends back. */
    String[] secretValues() {
        return new String[] { form.get("client_secret"), form.get("refresh_token"), form.get("password"), form.get("assertion") };
    }

    String formBody() {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return "TokenRequest[" + type + ", grant_type=" + grantType() + "]";
    }

    private static void putIfSet(Map<String, String> form, String name, String value) {
        if (value != null) {
            form.put(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
