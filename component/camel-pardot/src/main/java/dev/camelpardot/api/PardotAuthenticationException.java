package dev.camelpardot.api;

/**
 * The Salesforce token endpoint refused to issue a token (for example {@code invalid_grant}) or could not be
 * reached. The message names the OAuth flow and what to check; {@link #getSalesforceErrorCode()} holds the
 * OAuth {@code error} value.
 */
public class PardotAuthenticationException extends PardotApiException {

    private static final long serialVersionUID = 1L;

    public PardotAuthenticationException(String message, int httpStatus, String oauthError, String hint, int attempts,
                                         boolean retryable, String responseBody, Throwable cause) {
        super(message, httpStatus, null, oauthError, hint, attempts, retryable, responseBody, cause);
    }
}
