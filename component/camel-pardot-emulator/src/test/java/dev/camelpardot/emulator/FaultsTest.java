package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import static dev.camelpardot.emulator.ExternalActivityCreateTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {

    private static final String BODY = ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");

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
    void serviceUnavailableIsAPlain503AndRecordsNothing() {
        emulator.config().failureRate503(1.0);
        TestHttp.Response response = api.createActivity(BODY);
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(emulator.state().activityCount()).isZero();
        assertThat(emulator.state().responseCount(503)).isEqualTo(1);
    }

    @Test
    void internalErrorIs183WithHttp500AndRecordsNothing() {
        emulator.config().failureRate183(1.0);
        assertError(api.createActivity(BODY), 500, 183, "try again");
        assertThat(emulator.state().activityCount()).isZero();
        assertThat(emulator.state().responseCount(500, 183)).isEqualTo(1);
    }

    @Test
    void droppedConnectionGetsNoResponseAndRecordsNothing() {
        emulator.config().dropConnectionRate(1.0);
        assertThatThrownBy(() -> api.createActivity(BODY)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(emulator.state().droppedConnections()).isGreaterThanOrEqualTo(1);
        assertThat(emulator.state().activityCount()).isZero();
    }

    @Test
    void partialRatesMixFailuresAndSuccesses() {
        emulator.config().failureRate183(0.5);
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            int status = api.createActivity(BODY).status();
            assertThat(status).isIn(201, 500);
            failed += status == 500 ? 1 : 0;
        }
        assertThat(failed).isBetween(1, 199);
        assertThat(emulator.state().activityCount()).isEqualTo(200 - failed);
    }

    @Test
    void faultsCanBeSwitchedOffAtRunTime() {
        emulator.config().failureRate503(1.0);
        assertThat(api.createActivity(BODY).status()).isEqualTo(503);
        emulator.config().failureRate503(0.0);
        assertThat(api.createActivity(BODY).status()).isEqualTo(201);
    }

    @Test
    void latencyAndJitterDelayResponses() {
        emulator.config().latency(Duration.ofMillis(200)).jitter(Duration.ofMillis(50));
        long start = System.nanoTime();
        assertThat(api.createActivity(BODY).status()).isEqualTo(201);
        assertThat(api.tooling("GET", "/query/?q=SELECT+Id+FROM+PardotTenant", null).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void faultsDoNotTouchTheTokenEndpoint() {
        emulator.config().failureRate503(1.0).dropConnectionRate(1.0);
        assertThat(ApiClient.accessToken(api.http)).isNotBlank();
    }
}
