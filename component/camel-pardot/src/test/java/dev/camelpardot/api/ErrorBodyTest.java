package dev.camelpardot.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodyTest {

    @Test
    void readsAccountEngagementErrors() {
        ErrorBody error = ErrorBody.parse("{\"code\":184,\"message\":\"access_token is invalid, unknown, or malformed\"}");
        assertThat(error.code()).isEqualTo(184);
        assertThat(error.salesforceErrorCode()).isNull();
        assertThat(error.message()).isEqualTo("access_token is invalid, unknown, or malformed");
    }

    @Test
    void readsACodeSentAsText() {
        assertThat(ErrorBody.parse("{\"code\":\"66\",\"message\":\"busy\"}").code()).isEqualTo(66);
    }

    @Test
    void readsSalesforceErrorArrays() {
        ErrorBody error = ErrorBody.parse("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
        assertThat(error.code()).isNull();
        assertThat(error.salesforceErrorCode()).isEqualTo("INVALID_SESSION_ID");
        assertThat(error.message()).isEqualTo("Session expired or invalid");
    }

    @Test
    void readsOAuthErrors() {
        ErrorBody error = ErrorBody.parse("{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
        assertThat(error.salesforceErrorCode()).isEqualTo("invalid_grant");
        assertThat(error.message()).isEqualTo("expired access/refresh token");
    }

    @Test
    void keepsPlainTextShort() {
        ErrorBody error = ErrorBody.parse("Service Unavailable\n\n" + "x".repeat(1000));
        assertThat(error.code()).isNull();
        assertThat(error.message()).startsWith("Service Unavailable x").hasSizeLessThan(320);
    }

    @Test
    void toleratesEmptyAndBrokenBodies() {
        assertThat(ErrorBody.parse(null).message()).isNull();
        assertThat(ErrorBody.parse("").message()).isNull();
        assertThat(ErrorBody.parse("{broken").message()).isEqualTo("{broken");
        assertThat(ErrorBody.parse("[]").message()).isEqualTo("[]");
    }
}
