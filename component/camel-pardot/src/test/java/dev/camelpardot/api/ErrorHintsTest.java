package dev.camelpardot.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hints for errors whose cause is usually configuration; every branch has its own words. */
class ErrorHintsTest {

    @Test
    void toolingAndHttpStatusHints() {
        assertThat(ErrorHints.forError(401, body(null, "INVALID_SESSION_ID", "Session expired")))
                .startsWith("the access token was refused by the Tooling API even after a refresh");
        assertThat(ErrorHints.forError(400, body(null, "INVALID_TYPE", "sObject type 'X' is not supported")))
                .startsWith("the object is not available: apiVersion must be 56.0 or later");
        assertThat(ErrorHints.forError(404, body(null, "NOT_FOUND", "The requested resource does not exist")))
                .startsWith("the object is not available");
        assertThat(ErrorHints.forError(404, body(null, "NOT_FOUND", "no such record"))).isNull();
        assertThat(ErrorHints.forError(407, body(null, null, null)))
                .isEqualTo("the proxy refused the credentials: check proxyUsername and proxyPassword");
        assertThat(ErrorHints.forError(401, body(null, null, null)))
                .isEqualTo("the token was refused: check the connected app's scopes (api, pardot_api) and the user's"
                           + " permissions");
        assertThat(ErrorHints.forError(403, body(null, null, null))).isEqualTo(ErrorHints.forError(401, body(null, null, null)));
        assertThat(ErrorHints.forError(429, body(null, null, null)))
                .isEqualTo("rate limited by the server; retries are used up (maxRetries)");
        assertThat(ErrorHints.forError(400, body(null, null, "bad"))).isNull();
        assertThat(ErrorHints.forError(500, body(null, null, null))).isNull();
    }

    @Test
    void accountEngagementCodeHints() {
        assertThat(ErrorHints.forError(400, body(181, null, null))).startsWith("send the Pardot-Business-Unit-Id header");
        assertThat(ErrorHints.forError(400, body(182, null, null))).startsWith("the business unit id is wrong or inactive");
        assertThat(ErrorHints.forError(400, body(201, null, null))).isEqualTo(ErrorHints.forError(400, body(182, null, null)));
        assertThat(ErrorHints.forError(401, body(184, null, null))).startsWith("the access token was refused even after");
        assertThat(ErrorHints.forError(403, body(49, null, null))).startsWith("the user of the token is not allowed");
        assertThat(ErrorHints.forError(429, body(66, null, null))).startsWith("more concurrent requests than");
        assertThat(ErrorHints.forError(429, body(122, null, null))).startsWith("the business unit's daily API allocation");
        assertThat(ErrorHints.forError(500, body(183, null, null))).isEqualTo("an internal error in Account Engagement;"
                + " try again later");
        assertThat(ErrorHints.forError(400, body(4, null, null))).startsWith("no prospect has this e-mail address");
        assertThat(ErrorHints.forError(400, body(999, null, null))).as("an unknown code falls through").isNull();
    }

    @Test
    void noResponseHints() {
        RetryPolicy noTimeoutRetry = RetryPolicy.defaults();
        RetryPolicy timeoutRetry = new RetryPolicy(5, null, null, true);
        assertThat(ErrorHints.forFailure(FailureKind.NOT_SENT, noTimeoutRetry)).startsWith("could not connect");
        assertThat(ErrorHints.forFailure(FailureKind.TIMED_OUT, noTimeoutRetry)).endsWith("(retryOnTimeout=false)");
        assertThat(ErrorHints.forFailure(FailureKind.TIMED_OUT, timeoutRetry))
                .isEqualTo("no answer within requestTimeout, also after retries");
        assertThat(ErrorHints.forFailure(FailureKind.CONNECTION_LOST, noTimeoutRetry))
                .startsWith("the connection was lost");
        assertThat(ErrorHints.forFailure(FailureKind.OTHER, noTimeoutRetry)).isNull();
    }

    private static ErrorBody body(Integer code, String salesforceCode, String message) {
        return new ErrorBody(code, salesforceCode, message);
    }
}
