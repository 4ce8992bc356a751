package dev.camelpardot.app.delivery;

import java.util.Set;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;

/**
 * Sorts delivery failures. A record Account Engagement refuses for what it contains is dead-lettered at once;
 * anything that may pass later (an outage, a configuration or credential problem being fixed) is retried until
 * {@code pardot.delivery.max-attempts} deliveries, then dead-lettered with the last reason.
 */
public final class FailureClassifier {

    /** Account Engagement codes that say the record itself is wrong: bad e-mail, JSON, or field values. */
    private static final Set<Integer> RECORD_ERRORS = Set.of(4, 150, 152, 153, 154, 180);

    private final int maxAttempts;

    public FailureClassifier(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Outcome classify(Throwable failure, int deliveryCount) {
        if (failure instanceof PardotDailyLimitException) {
            return Outcome.DAILY_LIMIT;
        }
        if (failure instanceof PardotValidationException) {
            return Outcome.DEAD_LETTER;
        }
        if (failure instanceof PardotApiException api && !(failure instanceof PardotAuthenticationException)
                && !api.isRetryable() && api.getErrorCode() != null && RECORD_ERRORS.contains(api.getErrorCode())) {
            return Outcome.DEAD_LETTER;
        }
        return deliveryCount >= maxAttempts ? Outcome.DEAD_LETTER : Outcome.RETRY;
    }
}
