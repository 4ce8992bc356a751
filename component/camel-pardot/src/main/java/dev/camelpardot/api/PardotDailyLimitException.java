package dev.camelpardot.api;

/**
 * Account Engagement error 122: the business unit's daily API allocation is used up. It resets at the start of
 * the day in the account's time zone, so the component never retries it. Built with
 * {@link PardotApiException#builder(String)}{@code ...buildDailyLimit()}.
 */
public class PardotDailyLimitException extends PardotApiException {

    /** The Account Engagement error code of the daily limit. */
    public static final int CODE = 122;

    private static final long serialVersionUID = 1L;

    PardotDailyLimitException(Builder builder) {
        super(builder);
    }

    /** @deprecated positional: use {@link PardotApiException#builder(String)} and {@code buildDailyLimit()} */
    @Deprecated
    public PardotDailyLimitException(String message, int httpStatus, String hint, int attempts, String responseBody) {
        this(builder(message).httpStatus(httpStatus).errorCode(CODE).hint(hint).attempts(attempts)
                .responseBody(responseBody));
    }
}
