package dev.camelpardot.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * How a token request names its connected app: {@code client_id} and {@code client_secret} in the form, or the
 * pair as HTTP Basic ({@code Authorization: Basic base64(id:secret)}, each part form-encoded per RFC 6749), which
 * Salesforce accepts on every grant that takes a client secret. Basic wins over the form. A failure is answered
 * 401 when the client authenticated with Basic, 400 otherwise.
 */
record ClientAuthentication(String clientId, String secret, boolean basic) {

    static final String CLIENT_ID_INVALID = "client identifier invalid";
    static final String CREDENTIALS_INVALID = "invalid client credentials";

    static ClientAuthentication of(EmulatorRequest request, Map<String, String> form) {
        String[] basic = basicCredentials(request.header("Authorization"));
        return basic != null ? new ClientAuthentication(basic[0], basic[1], true)
                : new ClientAuthentication(form.get("client_id"), form.get("client_secret"), false);
    }

    /**
     * @param secretRequired whether the grant needs the secret (the refresh-token grant checks it only if sent)
     * @throws OAuthError invalid_client_id for a missing or unknown client id, invalid_client for a missing or wrong secret
     */
    void check(EmulatorConfig config, boolean secretRequired) {
        int status = basic ? 401 : 400;
        if (clientId == null || !clientId.equals(config.clientId())) {
            throw new OAuthError(status, "invalid_client_id", CLIENT_ID_INVALID);
        }
        if (secret == null ? secretRequired : !equalsConstantTime(secret, config.clientSecret())) {
            throw new OAuthError(status, "invalid_client", CREDENTIALS_INVALID);
        }
    }

    static boolean equalsConstantTime(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret stays out of logs and messages. */
    @Override
    public String toString() {
        return "ClientAuthentication[clientId=" + clientId + ", secret=" + (secret == null ? "none" : "****")
                + ", basic=" + basic + "]";
    }

    /** {id, secret} of an {@code Authorization: Basic} header, or null (no header, or not a Basic pair). */
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
}
