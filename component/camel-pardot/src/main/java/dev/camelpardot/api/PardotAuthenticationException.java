package dev.camelpardot.api;

/**
 * The Salesforce token endpoint refused to issue a token (for example {@code invalid_grant}) or could not be
 * reached. The message names the OAuth flow and what to check; {@link #getSalesforceErrorCode()} holds the
 * OAuth {@code error} value. Built with {@link PardotApiException#builder(String)}{@code ...buildAuthentication()}.
 */
public class PardotAuthenticationException extends PardotApiException {

    private static final long serialVersionUID = 1L;

    PardotAuthenticationException(Builder builder) {
        super(builder);
    }

    /** @deprecated positional: use {@link PardotApiException#builder(String)} and {@code buildAuthentication()} */
    @Deprecated
    public PardotAuthenticationException(String message, int httpStatus, String oauthError, String hint, int attempts,
                                         boolean retryable, String responseBody, Throwable cause) {
        this(builder(message).httpStatus(httpStatus).salesforceErrorCode(oauthError).hint(hint).attempts(attempts)
                .retryable(retryable).responseBody(responseBody).cause(cause));
    }
}
