package dev.camelpardot.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a failed probe means: Account Engagement answered (up), or the token, business unit or service failed (down). */
class PardotReadinessProbeTest {

    @ParameterizedTest(name = "HTTP {0}, code {1}: up")
    @CsvSource({ "404,", "405,", "404,192", "400,180", "429,66", "429,122" })
    void anAnswerThatIsNoAuthBusinessUnitOrAvailabilityFailureIsUp(int status, Integer code) {
        ProbeResult result = PardotReadinessProbe.outcome(failure(status, code), 42);

        assertThat(result.up()).isTrue();
        assertThat(result.details()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, status);
        assertThat(result.message()).contains("HTTP " + status).contains("accepted");
        assertThat(result.error()).isNull();
    }

    @ParameterizedTest(name = "HTTP {0}, code {1}: down")
    @CsvSource({ "401,184", "400,184", "401,", "403,", "400,181", "400,182", "400,201", "401,49", "400,49", "500,183",
                 "503,", "502,", "0," })
    void anAuthBusinessUnitOrAvailabilityFailureIsDown(int status, Integer code) {
        PardotApiException failure = failure(status, code);

        ProbeResult result = PardotReadinessProbe.outcome(failure, 42);

        assertThat(result.up()).isFalse();
        assertThat(result.error()).isSameAs(failure);
        assertThat(result.message()).isEqualTo(failure.getMessage());
        assertThat(result.details()).containsEntry("hint", "check it");
        if (code != null) {
            assertThat(result.details()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, code);
        }
        if (status > 0) {
            assertThat(result.details()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, status);
        } else {
            assertThat(result.details()).doesNotContainKey(HealthCheck.HTTP_RESPONSE_CODE);
        }
    }

    @Test
    void aTokenEndpointFailureIsDownWithTheOAuthError() {
        PardotAuthenticationException failure = new PardotAuthenticationException("Salesforce login failed: invalid_grant",
                400, "invalid_grant", "check the refresh token", 1, false, null, null);

        ProbeResult result = PardotReadinessProbe.outcome(failure, 42);

        assertThat(result.up()).isFalse();
        assertThat(result.details()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "invalid_grant")
                .containsEntry("hint", "check the refresh token");
    }

    @Test
    void anythingElseIsDown() {
        ProbeResult result = PardotReadinessProbe.outcome(new IllegalStateException("the endpoint is not started"), 42);

        assertThat(result.up()).isFalse();
        assertThat(result.message()).isEqualTo("the endpoint is not started");
    }

    @Test
    void resultsAgeByTheirState() {
        ProbeResult up = PardotReadinessProbe.outcome(failure(404, null), 1_000);
        ProbeResult down = PardotReadinessProbe.outcome(failure(503, null), 1_000);

        assertThat(up.isStale(60_999, 60_000, 10_000)).isFalse();
        assertThat(up.isStale(61_000, 60_000, 10_000)).isTrue();
        assertThat(down.isStale(10_999, 60_000, 10_000)).isFalse();
        assertThat(down.isStale(11_000, 60_000, 10_000)).isTrue();
    }

    private static PardotApiException failure(int status, Integer code) {
        return new PardotApiException("readiness probe failed: HTTP " + status, status, code, null, "check it", 1,
                status >= 500, null, null);
    }
}
