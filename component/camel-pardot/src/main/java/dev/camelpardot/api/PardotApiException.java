package dev.camelpardot.api;

/**
 * A call to Account Engagement, the Tooling API or the Salesforce token endpoint failed.
 * <p>
 * Carries what a route needs to branch on in {@code onException}: the HTTP status (0 when no response
 * arrived), the Account Engagement error code from a v5 body {@code {"code","message"}}, the Salesforce error
 * code from a Tooling body {@code [{"message","errorCode"}]} or an OAuth body {@code {"error"}}, how many HTTP
 * requests were made, whether a later retry might succeed, and a hint saying what to check. The message
 * reads {@code "<what failed>: HTTP 400, code 181: <server message>. Hint: ..."} and never contains a secret.
 * <p>
 * Built with {@link #builder(String)}: only the facts that are known are set, the rest keep their "unknown" value.
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

    protected PardotApiException(Builder builder) {
        super(builder.message, builder.cause);
        this.httpStatus = builder.httpStatus;
        this.errorCode = builder.errorCode;
        this.salesforceErrorCode = builder.salesforceErrorCode;
        this.hint = builder.hint;
        this.attempts = builder.attempts;
        this.retryable = builder.retryable;
        this.responseBody = builder.responseBody;
    }

    /** @deprecated positional and easy to get wrong: use {@link #builder(String)} */
    @Deprecated
    public PardotApiException(String message, int httpStatus, Integer errorCode, String salesforceErrorCode,
                              String hint, int attempts, boolean retryable, String responseBody, Throwable cause) {
        this(builder(message).httpStatus(httpStatus).errorCode(errorCode).salesforceErrorCode(salesforceErrorCode)
                .hint(hint).attempts(attempts).retryable(retryable).responseBody(responseBody).cause(cause));
    }

    /** Starts an exception with this message (which must already be free of secrets). */
    public static Builder builder(String message) {
        return new Builder(message);
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

    /** The facts of a failure, set one by one; unset ones mean "not known" (status 0, no codes, no body). */
    public static final class Builder {
        private final String message;
        private int httpStatus;
        private Integer errorCode;
        private String salesforceErrorCode;
        private String hint;
        private int attempts;
        private boolean retryable;
        private String responseBody;
        private Throwable cause;

        private Builder(String message) {
            this.message = message;
        }

        public Builder httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        public Builder errorCode(Integer errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder salesforceErrorCode(String salesforceErrorCode) {
            this.salesforceErrorCode = salesforceErrorCode;
            return this;
        }

        public Builder hint(String hint) {
            this.hint = hint;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder responseBody(String responseBody) {
            this.responseBody = responseBody;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public PardotApiException build() {
            return new PardotApiException(this);
        }

        /** The token endpoint refused or could not be reached; {@link #salesforceErrorCode} holds the OAuth error. */
        public PardotAuthenticationException buildAuthentication() {
            return new PardotAuthenticationException(this);
        }

        /** Error 122, never retryable: the code is set here. */
        public PardotDailyLimitException buildDailyLimit() {
            errorCode = PardotDailyLimitException.CODE;
            retryable = false;
            return new PardotDailyLimitException(this);
        }
    }
}
