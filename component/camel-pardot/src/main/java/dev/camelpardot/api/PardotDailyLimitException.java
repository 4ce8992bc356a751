package dev.camelpardot.api;

/**
 * Account Engagement error 122: the business unit's daily API allocation is used up. It resets at the start of
 * the day in the account's time zone, so the component never retries it.
 */
public class PardotDailyLimitException extends PardotApiException {

    private static final long serialVersionUID = 1L;

    public PardotDailyLimitException(String message, int httpStatus, String hint, int attempts, String responseBody) {
        super(message, httpStatus, 122, null, hint, attempts, false, responseBody, null);
    }
}
