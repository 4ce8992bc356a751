package dev.camelpardot.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Salesforce's identity service: the identity URL ({@code GET /id/<organization id>/<user id>}, the {@code id} of
 * every token response) and the OpenID Connect UserInfo endpoint ({@code GET /services/oauth2/userinfo}). The
 * access token comes as {@code Authorization: Bearer} (or {@code OAuth}) or as the {@code oauth_token} parameter;
 * checking it spends no API call. JSON by default, XML with {@code format=xml} or {@code Accept: application/xml};
 * {@code version=NN.N|latest} fills in the API version of the URLs. Refusals are plain text, as Salesforce's:
 * 403 Missing_OAuth_Token, Bad_OAuth_Token (unknown, expired or revoked) or Wrong_Org, 404 Bad_Id,
 * 406 Invalid_Version.
 */
final class IdentityServiceEndpoint implements Endpoint {

    static final String USER_INFO_PATH = "/services/oauth2/userinfo";
    static final String IDENTITY_PREFIX = "/id/";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST");

    private final AccessTokens accessTokens;
    private final UserProfile profile;

    IdentityServiceEndpoint(AccessTokens accessTokens, UserProfile profile) {
        this.accessTokens = accessTokens;
        this.profile = profile;
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        response.send(reply(request));
    }

    private Reply reply(EmulatorRequest request) {
        if (!METHODS.contains(request.method())) {
            return Reply.text(405, "Method Not Allowed").withHeader("Allow", String.join(", ", METHODS));
        }
        Map<String, String> params;
        try {
            params = new LinkedHashMap<>(request.query());
            if (request.method().equals("POST")) {
                params.putAll(UrlEncoded.parse(request.bodyText()));
            }
        } catch (IllegalArgumentException e) {
            return Reply.text(400, "Bad_Request");
        }
        String token = request.bearerToken() != null ? request.bearerToken() : params.get("oauth_token");
        if (token == null || token.isBlank()) {
            return Reply.text(403, "Missing_OAuth_Token");
        }
        if (accessTokens.check(token) != AccessTokens.Check.VALID) {
            return Reply.text(403, "Bad_OAuth_Token");
        }
        String version = null;
        if (params.get("version") != null) {
            version = ApiVersions.normalize(params.get("version"));
            if (version == null) {
                return Reply.text(406, "Invalid_Version");
            }
        }
        ResponseFormat format = ResponseFormat.of(request, params.get("format"), false);
        if (request.path().equals(USER_INFO_PATH)) {
            return format.reply(200, "user", profile.userInfo(version));
        }
        String[] ids = request.path().substring(IDENTITY_PREFIX.length()).split("/");
        if (ids.length != 2) {
            return Reply.text(404, "Bad_Id");
        }
        if (!ids[0].equals(EmulatorDefaults.ORGANIZATION_ID)) {
            return Reply.text(403, "Wrong_Org");
        }
        if (!ids[1].equals(EmulatorDefaults.USER_ID)) {
            return Reply.text(404, "Bad_Id");
        }
        return format.reply(200, "user", profile.identity(version));
    }
}
