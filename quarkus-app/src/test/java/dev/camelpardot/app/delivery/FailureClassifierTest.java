package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void recordErrorsAreTheRecords() {
        assertThat(FailureClassifier.classify(new PardotValidationException("email", "bad"))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureClassifier.classify(api(400, 4, false))).isEqualTo(FailureKind.RECORD);
        assertThat(FailureClassifier.classify(api(400, 154, false))).isEqualTo(FailureKind.RECORD);
    }

    @Test
    void transientFailuresAndEvery5xxSayTheApiIsUnavailable() {
        assertThat(FailureClassifier.classify(api(503, null, true))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureClassifier.classify(api(429, 66, true))).isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureClassifier.classify(api(0, null, true))).as("no answer").isEqualTo(FailureKind.UNAVAILABLE);
        assertThat(FailureClassifier.classify(api(500, null, false))).as("a plain 500").isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void credentialsConfigurationAndTheUnknownAreOther() {
        assertThat(FailureClassifier.classify(api(400, 201, false))).isEqualTo(FailureKind.OTHER);
        assertThat(FailureClassifier.classify(api(401, 184, false))).isEqualTo(FailureKind.OTHER);
        assertThat(FailureClassifier.classify(new PardotAuthenticationException("login failed", 503, "invalid_grant",
                null, 1, true, null, null))).as("even when retryable").isEqualTo(FailureKind.OTHER);
        assertThat(FailureClassifier.classify(new IllegalStateException("broken"))).isEqualTo(FailureKind.OTHER);
    }

    @Test
    void theDailyLimitIsItsOwnKind() {
        assertThat(FailureClassifier.classify(new PardotDailyLimitException("daily limit", 429, null, 1, null)))
                .isEqualTo(FailureKind.DAILY_LIMIT);
    }

    private static PardotApiException api(int status, Integer code, boolean retryable) {
        return new PardotApiException("failed", status, code, null, null, 1, retryable, null, null);
    }
}
