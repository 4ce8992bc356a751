package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    private final FailureClassifier classifier = new FailureClassifier(3);

    @Test
    void recordErrorsAreDeadLetteredAtOnce() {
        assertThat(classifier.classify(new PardotValidationException("email", "bad"), 1)).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(classifier.classify(api(400, 4, false), 1)).isEqualTo(Outcome.DEAD_LETTER);
        assertThat(classifier.classify(api(400, 154, false), 1)).isEqualTo(Outcome.DEAD_LETTER);
    }

    @Test
    void transientAndConfigurationErrorsAreRetriedUntilTheLastAttempt() {
        assertThat(classifier.classify(api(503, null, true), 1)).isEqualTo(Outcome.RETRY);
        assertThat(classifier.classify(api(400, 201, false), 2)).isEqualTo(Outcome.RETRY);
        assertThat(classifier.classify(new PardotAuthenticationException("login failed", 400, "invalid_grant", null, 1,
                false, null, null), 1)).isEqualTo(Outcome.RETRY);
        assertThat(classifier.classify(new IllegalStateException("broken"), 2)).isEqualTo(Outcome.RETRY);
        assertThat(classifier.classify(api(503, null, true), 3)).isEqualTo(Outcome.DEAD_LETTER);
    }

    @Test
    void theDailyLimitPausesWhateverTheAttempt() {
        assertThat(classifier.classify(new PardotDailyLimitException("daily limit", 429, null, 1, null), 99))
                .isEqualTo(Outcome.DAILY_LIMIT);
    }

    private static PardotApiException api(int status, Integer code, boolean retryable) {
        return new PardotApiException("failed", status, code, null, null, 1, retryable, null, null);
    }
}
