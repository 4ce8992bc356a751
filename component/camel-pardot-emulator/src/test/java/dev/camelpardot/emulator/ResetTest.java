package dev.camelpardot.emulator;

import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_ID;
import static dev.camelpardot.emulator.EmulatorDefaults.CLIENT_SECRET;
import static dev.camelpardot.emulator.EmulatorDefaults.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link PardotEmulator#reset()} and {@link PardotEmulator#resetAll()} restore and what survives them: one
 * test's faults or refresh-token rotation must not leak into the next, while a client's cached access token may.
 */
class ResetTest {

    private static final Duration START_LATENCY = Duration.ofMillis(5);

    private PardotEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start(EmulatorConfig.defaults().latency(START_LATENCY));
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void resetRestoresTheFaultInjectionTheEmulatorStartedWith() {
        emulator.config().latency(Duration.ofSeconds(3)).jitter(Duration.ofSeconds(1)).failureRate503(1.0)
                .failureRate183(0.5).dropConnectionRate(0.25).tokenEndpointLatency(Duration.ofSeconds(2));

        emulator.reset();

        EmulatorConfig config = emulator.config();
        assertThat(config.latency()).as("back to the start value, not to zero").isEqualTo(START_LATENCY);
        assertThat(config.jitter()).isEqualTo(Duration.ZERO);
        assertThat(config.failureRate503()).isZero();
        assertThat(config.failureRate183()).isZero();
        assertThat(config.dropConnectionRate()).isZero();
        assertThat(config.tokenEndpointLatency()).isEqualTo(Duration.ZERO);
        assertThat(refresh(REFRESH_TOKEN).status()).as("the token endpoint answers without the fault").isEqualTo(200);
    }

    @Test
    void resetKeepsCredentialsLimitsAndThePort() {
        int port = emulator.port();
        emulator.config().clientSecret("changed-secret").dailyLimit(3).maxInFlightPerBusinessUnit(2).tokenMaxCalls(7)
                .unknownEmailPolicy(UnknownEmailPolicy.REJECT).rotateRefreshTokens(true);

        emulator.reset();

        EmulatorConfig config = emulator.config();
        assertThat(config.clientSecret()).isEqualTo("changed-secret");
        assertThat(config.dailyLimit()).isEqualTo(3);
        assertThat(config.maxInFlightPerBusinessUnit()).isEqualTo(2);
        assertThat(config.tokenMaxCalls()).isEqualTo(7);
        assertThat(config.unknownEmailPolicy()).isEqualTo(UnknownEmailPolicy.REJECT);
        assertThat(config.rotateRefreshTokens()).isTrue();
        assertThat(emulator.port()).isEqualTo(port);
    }

    @Test
    void resetMakesARotatedAwayRefreshTokenValidAgain() {
        emulator.config().rotateRefreshTokens(true);
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
        assertThat(refresh(REFRESH_TOKEN).status()).as("rotated away").isEqualTo(400);

        emulator.reset();

        assertThat(refresh(REFRESH_TOKEN).status()).as("the default refresh token works again").isEqualTo(200);
    }

    @Test
    void resetKeepsIssuedAccessTokensValid() {
        ApiClient api = new ApiClient(emulator);

        emulator.reset();

        assertThat(api.v5Get("/api/v5/external-activities?fields=id").status())
                .as("a client's cached token survives a reset").isEqualTo(200);
        assertThat(emulator.state().tokenRequests()).as("traffic is cleared").isZero();
    }

    @Test
    void resetAllRestoresEverySettingAndForgetsIssuedTokens() {
        int port = emulator.port();
        ApiClient api = new ApiClient(emulator);
        emulator.config().clientSecret("changed-secret").dailyLimit(3).rotateRefreshTokens(true)
                .failureRate503(1.0).unknownEmailPolicy(UnknownEmailPolicy.REJECT);

        emulator.resetAll();

        EmulatorConfig config = emulator.config();
        assertThat(config.clientSecret()).isEqualTo(CLIENT_SECRET);
        assertThat(config.dailyLimit()).isZero();
        assertThat(config.rotateRefreshTokens()).isFalse();
        assertThat(config.failureRate503()).isZero();
        assertThat(config.unknownEmailPolicy()).isEqualTo(UnknownEmailPolicy.ACCEPT);
        assertThat(config.latency()).isEqualTo(START_LATENCY);
        assertThat(emulator.port()).isEqualTo(port);
        TestHttp.Response stale = api.v5Get("/api/v5/external-activities?fields=id");
        assertThat(stale.status()).as("issued access tokens are forgotten").isEqualTo(401);
        assertThat(stale.code()).isEqualTo(184);
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void resetAllForgetsRefreshTokensThatRotationIssued() {
        emulator.config().rotateRefreshTokens(true);
        String rotated = (String) refresh(REFRESH_TOKEN).object().get("refresh_token");
        assertThat(refresh(rotated).status()).isEqualTo(200);

        emulator.resetAll();

        assertThat(refresh(rotated).status()).as("issued by rotation before the reset").isEqualTo(400);
        assertThat(refresh(REFRESH_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void theAdminApiOffersBoth() {
        emulator.config().failureRate503(1.0).dailyLimit(3);
        assertThat(http.send("POST", "/emulator/reset", "application/json", "").status()).isEqualTo(204);
        assertThat(emulator.config().failureRate503()).isZero();
        assertThat(emulator.config().dailyLimit()).isEqualTo(3);

        assertThat(http.send("POST", "/emulator/reset-all", "application/json", "").status()).isEqualTo(204);
        assertThat(emulator.config().dailyLimit()).isZero();
        assertThat(http.send("GET", "/emulator/reset-all", null, null).status()).isEqualTo(405);
    }

    private TestHttp.Response refresh(String refreshToken) {
        return http.token("grant_type", "refresh_token", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "refresh_token", refreshToken);
    }
}
