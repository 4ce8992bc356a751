package dev.camelpardot.app.delivery;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;

/**
 * A failure as the log shows it: status, code, field and hint, never the server's or the validator's message, which
 * can quote the prospect's e-mail address (personal data stays in the dead letter, behind the API key).
 */
final class LogReasons {

    private LogReasons() {
    }

    static String of(Throwable failure) {
        if (failure instanceof PardotValidationException invalid) {
            return "invalid " + invalid.getField();
        }
        if (failure instanceof PardotApiException api) {
            StringBuilder reason = new StringBuilder(api.getHttpStatus() != 0 ? "HTTP " + api.getHttpStatus()
                    : "no answer" + (api.getCause() == null ? "" : " (" + api.getCause().getClass().getSimpleName() + ")"));
            if (api.getErrorCode() != null) {
                reason.append(", code ").append(api.getErrorCode());
            } else if (api.getSalesforceErrorCode() != null) {
                reason.append(", ").append(api.getSalesforceErrorCode());
            }
            if (api.getHint() != null) {
                reason.append(". Hint: ").append(api.getHint());
            }
            return reason.toString();
        }
        return failure.getClass().getSimpleName();
    }
}
