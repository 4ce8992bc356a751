package dev.camelpardot.app.delivery;

import java.util.Set;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;

/** Sorts delivery failures by what can cure them; the {@link DeliveryDecision} then says what becomes of the event. */
public final class FailureClassifier {

    /** Account Engagement codes that say the record itself is wrong: bad e-mail, JSON, or field values. */
    private static final Set<Integer> RECORD_ERRORS = Set.of(4, 150, 152, 153, 154, 180);

    private FailureClassifier() {
    }

    public static FailureKind classify(Throwable failure) {
        if (failure instanceof PardotDailyLimitException) {
            return FailureKind.DAILY_LIMIT;
        }
        if (failure instanceof PardotValidationException) {
            return FailureKind.RECORD;
        }
        if (failure instanceof PardotAuthenticationException) {
            return FailureKind.OTHER;
        }
        if (failure instanceof PardotApiException api) {
            if (!api.isRetryable() && api.getErrorCode() != null && RECORD_ERRORS.contains(api.getErrorCode())) {
                return FailureKind.RECORD;
            }
            // the component marks 66, 183, 202, 429, 502-504 and requests without an answer retryable; any 5xx
            // (a plain 500 included) also says the service is in trouble rather than the request
            if (api.isRetryable() || api.getHttpStatus() >= 500) {
                return FailureKind.UNAVAILABLE;
            }
        }
        return FailureKind.OTHER;
    }
}
