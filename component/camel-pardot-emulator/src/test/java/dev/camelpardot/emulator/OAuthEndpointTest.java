package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_SECRET;
import static dev.camelpardot.emulator.EmulatorDefaults.PASSWORD;
import static dev.camelpardot.emulator.EmulatorDefaults.REFRESH_TOKEN;
import static dev.camelpardot.emulator.EmulatorDefaults.USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

class OAuthEndpointTest {

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
    void refreshTokenGrantReturnsASalesforceShapedToken() throws Exception {
        TestHttp.Response response = refresh(REFRESH_TOKEN);

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> body = response.object();
        assertThat(body).containsKeys("access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at")
                .doesNotContainKeys("refresh_token", "expires_in");
        assertThat((String) body.get("access_token")).startsWith("00DEMULATOR000000AA!");
        assertThat(body.get("instance_url")).isEqualTo(emulator.baseUrl());
        assertThat(body.get("id")).isEqualTo(emulator.baseUrl() + "/id/00DEMULATOR000000AA/005EMULATOR000000AA");
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat((String) body.get("issued_at")).matches("\\d{13}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((body.get("id") + (String) body.get("issued_at")).getBytes(StandardCharsets.UTF_8)));
        assertThat(body.get("signature")).isEqualTo(expected);
        assertThat(emulator.state().tokenRequests(OAuthEndpoint.REFRESH_TOKEN)).isEqualTo(1);
    }

    @Test
    void issuedTokenWorksOnTheApis() {
        String token = (String) refresh(REFRESH_TOKEN).object().get("access_token");
        TestHttp.Response tooling = http.send("GET", "/services/data/v60.0/tooling/query/?q=SELECT+Id+FROM+PardotTenant",
                null, null, "Authorization", "Bearer " + token);
        assertThat(tooling.status()).isEqualTo(200);
    }

    @Test
    void refreshTokenWithoutSecretIsAccepted() {
        TestHttp.Response response = http.token("grant_type", "refresh_token", "client_id", CLIENT_ID, "refresh_token", REFRESH_TOKEN);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void unknownRefreshTokenIsAnInvalidGrant() {
        assertOAuthError(refresh("not-a-token"), 400, "invalid_grant", "expired access/refresh token");
    }

    @Test
    void wrongClientIsAnInvalidClient() {
        assertOAuthError(http.token("grant_type", "refresh_token", "client_id", "someone-else", "client_secret", CLIENT_SECRET,
                "refresh_token", REFRESH_TOKEN), 400, "invalid_client_id", "client identifier invalid");
        assertOAuthError(http.token("grant_type", "refresh_token", "client_id", CLIENT_ID, "client_secret", "wrong",
                "refresh_token", REFRESH_TOKEN), 400, "invalid_client", "invalid client credentials");
        assertOAuthError(http.token("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN),
                400, "invalid_client_id", "client identifier invalid");
    }

    @Test
    void rotationIssuesANewRefreshTokenAndInvalidatesTheOld() {
        emulator.config().rotateRefreshTokens(true);

        TestHttp.Response first = refresh(REFRESH_TOKEN);
        String rotated = (String) first.object().get("refresh_token");
        assertThat(rotated).isNotBlank().isNotEqualTo(REFRESH_TOKEN);

        assertOAuthError(refresh(REFRESH_TOKEN), 400, "invalid_grant", "expired access/refresh token");
        TestHttp.Response second = refresh(rotated);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.object().get("refresh_token")).isNotEqualTo(rotated);
        assertOAuthError(refresh(rotated), 400, "invalid_grant", "expired access/refresh token");
    }

    @Test
    void withoutRotationTheSameRefreshTokenKeepsWorking() {
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
        assertThat(emulator.state().tokenRequests()).isEqualTo(2);
    }

    @Test
    void aSecondRefreshWhileTheFirstIsInProgressIsRejected() {
        emulator.config().tokenEndpointLatency(Duration.ofMillis(1500));
        CompletableFuture<TestHttp.Response> first = refreshAsync(REFRESH_TOKEN);
        awaitTokenRequests(1);

        TestHttp.Response second = refresh(REFRESH_TOKEN);

        assertOAuthError(second, 400, "invalid_grant", "token request is already being processed");
        assertThat(first.join().status()).isEqualTo(200);
        emulator.config().tokenEndpointLatency(Duration.ZERO);
        assertThat(refresh(REFRESH_TOKEN).status()).as("free again once the first has finished").isEqualTo(200);
    }

    @Test
    void clientCredentialsInTheForm() {
        TestHttp.Response response = http.token("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.object()).containsKey("access_token").doesNotContainKey("refresh_token");
        assertThat(emulator.state().tokenRequests("client_credentials")).isEqualTo(1);
    }

    @Test
    void clientCredentialsWithHttpBasic() {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        TestHttp.Response response = http.send("POST", "/services/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", "Authorization", "Basic " + basic);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.object()).doesNotContainKey("refresh_token");
    }

    @Test
    void clientCredentialsWithWrongBasicCredentialsIs401() {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":wrong").getBytes(StandardCharsets.UTF_8));
        TestHttp.Response response = http.send("POST", "/services/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", "Authorization", "Basic " + basic);
        assertOAuthError(response, 401, "invalid_client", "invalid client credentials");
    }

    @Test
    void clientCredentialsWithWrongSecretInTheForm() {
        assertOAuthError(http.token("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", "nope"),
                400, "invalid_client", "invalid client credentials");
        assertOAuthError(http.token("grant_type", "client_credentials", "client_id", CLIENT_ID),
                400, "invalid_client", "invalid client credentials");
    }

    @Test
    void passwordGrant() {
        TestHttp.Response response = http.token("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", USERNAME, "password", PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.object()).doesNotContainKey("refresh_token");
        assertThat(emulator.state().tokenRequests("password")).isEqualTo(1);
    }

    @Test
    void passwordGrantWithWrongUserOrPassword() {
        assertOAuthError(http.token("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", USERNAME, "password", "wrong"), 400, "invalid_grant", "authentication failure");
        assertOAuthError(http.token("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", "other@example.com", "password", PASSWORD), 400, "invalid_grant", "authentication failure");
        assertOAuthError(http.token("grant_type", "password", "client_id", CLIENT_ID, "client_secret", "wrong",
                "username", USERNAME, "password", PASSWORD), 400, "invalid_client", "invalid client credentials");
    }

    @Test
    void unknownOrMissingGrantType() {
        assertOAuthError(http.token("grant_type", "authorization_code", "code", "x"), 400, "unsupported_grant_type", "grant type not supported");
        assertOAuthError(http.token("client_id", CLIENT_ID), 400, "unsupported_grant_type", "grant type not supported");
        assertThat(emulator.state().tokenRequests("authorization_code")).isEqualTo(1);
        assertThat(emulator.state().tokenRequests()).isEqualTo(2);
    }

    @Test
    void onlyPostIsAccepted() {
        assertOAuthError(http.send("GET", "/services/oauth2/token?grant_type=password", null, null),
                400, "invalid_request", "must use HTTP POST");
    }

    @Test
    void configuredCredentialsReplaceTheDefaults() {
        emulator.config().clientId("my-app").clientSecret("s3cret").refreshToken("rt-1");
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(400);
        assertThat(http.token("grant_type", "refresh_token", "client_id", "my-app", "client_secret", "s3cret",
                "refresh_token", "rt-1").status()).isEqualTo(200);
    }

    @Test
    void tokenEndpointLatencyDelaysTheResponse() {
        emulator.config().tokenEndpointLatency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    private TestHttp.Response refresh(String refreshToken) {
        return TestHttp.join(refreshAsync(refreshToken));
    }

    private CompletableFuture<TestHttp.Response> refreshAsync(String refreshToken) {
        return http.sendAsync("POST", "/services/oauth2/token", "application/x-www-form-urlencoded",
                TestHttp.form(TestHttp.params("grant_type", "refresh_token", "client_id", CLIENT_ID,
                        "client_secret", CLIENT_SECRET, "refresh_token", refreshToken)));
    }

    private void awaitTokenRequests(long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (emulator.state().tokenRequests() < count) {
            assertThat(System.nanoTime()).as("token request never arrived").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    static void assertOAuthError(TestHttp.Response response, int status, String error, String description) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.object()).containsEntry("error", error).containsEntry("error_description", description);
    }
}
