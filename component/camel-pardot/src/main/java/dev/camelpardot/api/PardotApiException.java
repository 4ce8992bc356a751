package dev.camelpardot.api;

/**
 * A call to Account Engagement, the Tooling API or the Salesforce token endpoint failed.
 * <p>
 * Carries what a route needs to branch on in {@code onException}: the HTTP status (0 when no response
 * arrived), the Account Engagement error code from a v5 body {@code {"code","message"}}, the Salesforce error
 * code from a Tooling body {@code [{"message","errorCode"}]} or an OAuth body {@code {"error"}}, how many HTTP
 * requests were made, whether a later retry might succeed, and a hint saying what to check. The message
 * reads {@code "<what failed>: HTTP 400, code 181: <server message>. Hint: ..."} and never contains a secret.
 */
public class PardotApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final Integer errorCode;
    private final String salesforceErrorCode;
    private final String hint;
    private final int attempts;
    private final boolean retryable;
    private final String responseBody;

    public PardotApiException(String message, int httpStatus, Integer errorCode, String salesforceErrorCode,
                              String hint, int attempts, boolean retryable, String responseBody, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.salesforceErrorCode = salesforceErrorCode;
        this.hint = hint;
        this.attempts = attempts;
        this.retryable = retryable;
        this.responseBody = responseBody;
    }

    /** The HTTP status of the last response, or 0 when no response arrived (connection failure, timeout). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The Account Engagement error code ({@code code} of a v5 error body), or null. */
    public Integer getErrorCode() {
        return errorCode;
    }

    /** The Salesforce error code: Tooling {@code errorCode} (e.g. INVALID_SESSION_ID) or OAuth {@code error}, or null. */
    public String getSalesforceErrorCode() {
        return salesforceErrorCode;
    }

    /** What to check, or null when there is nothing more useful to say than the message. */
    public String getHint() {
        return hint;
    }

    /** HTTP requests made for this call, including retries and the retry after a token refresh. */
    public int getAttempts() {
        return attempts;
    }

    /** True when the failure is transient, so a later attempt might succeed (the component's own retries are used up). */
    public boolean isRetryable() {
        return retryable;
    }

    /** The body of the last response (with any secret the component sent masked), or null. */
    public String getResponseBody() {
        return responseBody;
    }
}
