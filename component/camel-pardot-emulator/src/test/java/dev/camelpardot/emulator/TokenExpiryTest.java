package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenExpiryTest {

    private PardotEmulator emulator;
    private ApiClient api;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        emulator.state().seedReadySetup("Webinar", "Registered");
        api = new ApiClient(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void tokenExpiresAfterItsTimeToLive() throws InterruptedException {
        emulator.config().tokenTtl(Duration.ofHours(1));
        assertThat(create().status()).isEqualTo(201);

        emulator.config().tokenTtl(Duration.ofMillis(1));
        Thread.sleep(20);

        assertExpired(create(), 401);
        assertSessionInvalid(api.tooling("GET", "/query/?q=SELECT+Id+FROM+PardotTenant", null));
    }

    @Test
    void tokenExpiresAfterMaxCallsCountingEveryApi() {
        emulator.config().tokenMaxCalls(3);
        assertThat(create().status()).isEqualTo(201);
        assertThat(api.tooling("GET", "/query/?q=SELECT+Id+FROM+PardotTenant", null).status()).isEqualTo(200);
        assertThat(create().status()).isEqualTo(201);

        assertExpired(create(), 401);
        assertSessionInvalid(api.tooling("GET", "/query/?q=SELECT+Id+FROM+PardotTenant", null));
        assertThat(new ApiClient(emulator).createActivity(activity()).status()).as("a new token works").isEqualTo(201);
    }

    @Test
    void expiredTokenStatusCanBe400() {
        emulator.config().tokenMaxCalls(1).expiredTokenStatus(400);
        assertThat(create().status()).isEqualTo(201);
        assertExpired(create(), 400);
        assertThat(emulator.state().responseCount(400, 184)).isEqualTo(1);
    }

    @Test
    void unknownOrMissingTokenIs184() {
        TestHttp.Response unknown = api.http.send("POST", "/api/v5/external-activities", "application/json", activity(),
                "Authorization", "Bearer 00Dnot-a-token", "Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID);
        assertExpired(unknown, 401);
        TestHttp.Response missing = api.http.send("POST", "/api/v5/external-activities", "application/json", activity(),
                "Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID);
        assertExpired(missing, 401);
        assertSessionInvalid(api.http.send("GET", "/services/data/v60.0/tooling/sobjects/PardotTenant/"
                + EmulatorDefaults.BUSINESS_UNIT_ID, null, null));
        assertThat(emulator.state().activityCount()).isZero();
    }

    @Test
    void expiringAllTokensMimicsASessionTimeout() {
        assertThat(create().status()).isEqualTo(201);
        emulator.state().expireAccessTokens();
        assertExpired(create(), 401);
    }

    private TestHttp.Response create() {
        return api.createActivity(activity());
    }

    private static String activity() {
        return ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");
    }

    private static void assertExpired(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(184);
        assertThat((String) response.object().get("message")).startsWith("access_token is invalid, unknown, or malformed");
    }

    private static void assertSessionInvalid(TestHttp.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.firstError()).containsEntry("errorCode", "INVALID_SESSION_ID")
                .containsEntry("message", "Session expired or invalid");
    }
}
