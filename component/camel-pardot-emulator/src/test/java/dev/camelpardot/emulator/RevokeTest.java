package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_SECRET;
import static dev.camelpardot.emulator.EmulatorDefaults.REFRESH_TOKEN;
import static dev.camelpardot.emulator.OAuthEndpointTest.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /services/oauth2/revoke} really revokes: access tokens, refresh tokens and what was issued from them. */
class RevokeTest {

    private static final String REVOKE = "/services/oauth2/revoke";

    private PardotEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aRevokedAccessTokenStopsWorkingEverywhere() {
        String token = refresh(REFRESH_TOKEN);
        assertThat(tooling(token)).isEqualTo(200);

        TestHttp.Response revoked = revoke(token);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEmpty();

        assertThat(tooling(token)).isEqualTo(401);
        assertThat(v5(token)).isEqualTo(401);
        assertThat(http.send("GET", "/services/oauth2/userinfo", null, null, "Authorization", "Bearer " + token).status())
                .isEqualTo(403);
        assertThat(tooling(refresh(REFRESH_TOKEN))).as("the refresh token still works").isEqualTo(200);
        assertThat(emulator.state().revokeRequests()).isEqualTo(1);
    }

    @Test
    void aRevokedRefreshTokenTakesItsAccessTokensWithIt() {
        String fromRefresh = refresh(REFRESH_TOKEN);
        String other = (String) http.token("grant_type", "client_credentials", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET).object().get("access_token");

        assertThat(revoke(REFRESH_TOKEN).status()).isEqualTo(200);

        assertOAuthError(refreshResponse(REFRESH_TOKEN), 400, "invalid_grant", "expired access/refresh token");
        assertThat(tooling(fromRefresh)).isEqualTo(401);
        assertThat(tooling(other)).as("a token of another grant is not in the family").isEqualTo(200);
    }

    @Test
    void revokingARotatedRefreshTokenRevokesItsWholeFamily() {
        emulator.config().rotateRefreshTokens(true);
        TestHttp.Response first = refreshResponse(REFRESH_TOKEN);
        String rotated = (String) first.object().get("refresh_token");
        String firstAccess = (String) first.object().get("access_token");
        TestHttp.Response second = refreshResponse(rotated);
        String latest = (String) second.object().get("refresh_token");
        String secondAccess = (String) second.object().get("access_token");

        assertThat(revoke(latest).status()).isEqualTo(200);

        assertThat(tooling(firstAccess)).isEqualTo(401);
        assertThat(tooling(secondAccess)).isEqualTo(401);
        assertOAuthError(refreshResponse(latest), 400, "invalid_grant", "expired access/refresh token");
    }

    @Test
    void getWithATokenParameterRevokesToo() {
        String token = refresh(REFRESH_TOKEN);
        assertThat(http.send("GET", REVOKE + "?token=" + UrlEncoded.encode(token), null, null).status()).isEqualTo(200);
        assertThat(tooling(token)).isEqualTo(401);
    }

    @Test
    void unknownMissingOrAlreadyRevokedTokensAreInvalid() {
        assertOAuthError(revoke("never-issued"), 400, "invalid_token", "Token was invalid");
        assertOAuthError(http.send("POST", REVOKE, "application/x-www-form-urlencoded", ""), 400, "invalid_token", "Token was invalid");
        String token = refresh(REFRESH_TOKEN);
        revoke(token);
        assertOAuthError(revoke(token), 400, "invalid_token", "Token was invalid");
        assertOAuthError(http.send("POST", REVOKE, "application/x-www-form-urlencoded",
                "token=" + UrlEncoded.encode(refresh(REFRESH_TOKEN)) + "&token_type_hint=id_token"),
                400, "unsupported_token_type", "Token type not supported");
    }

    @Test
    void resetMakesARevokedConfiguredRefreshTokenValidAgain() {
        revoke(REFRESH_TOKEN);
        assertThat(refreshResponse(REFRESH_TOKEN).status()).isEqualTo(400);
        emulator.reset();
        assertThat(refreshResponse(REFRESH_TOKEN).status()).isEqualTo(200);
        assertThat(emulator.state().revokeRequests()).isZero();
    }

    private TestHttp.Response revoke(String token) {
        return http.send("POST", REVOKE, "application/x-www-form-urlencoded", "token=" + UrlEncoded.encode(token));
    }

    private String refresh(String refreshToken) {
        TestHttp.Response response = refreshResponse(refreshToken);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (String) response.object().get("access_token");
    }

    private TestHttp.Response refreshResponse(String refreshToken) {
        return http.token("grant_type", "refresh_token", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "refresh_token", refreshToken);
    }

    private int tooling(String token) {
        return http.send("GET", "/services/data/v60.0/tooling/query/?q=SELECT+Id+FROM+PardotTenant", null, null,
                "Authorization", "Bearer " + token).status();
    }

    private int v5(String token) {
        return http.send("GET", "/api/v5/external-activities?fields=id", null, null, "Authorization", "Bearer " + token,
                "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID).status();
    }
}
