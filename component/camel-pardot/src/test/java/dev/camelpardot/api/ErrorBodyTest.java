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

    @Test
    void anOAuthErrorIsReadOnlyWhenThereIsNoErrorCode() {
        ErrorBody oauth = ErrorBody.parse("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}");
        assertThat(oauth.salesforceErrorCode()).isEqualTo("invalid_grant");
        assertThat(oauth.message()).isEqualTo("expired");
        ErrorBody both = ErrorBody.parse("{\"errorCode\":\"NOT_FOUND\",\"message\":\"gone\",\"error\":\"x\"}");
        assertThat(both.salesforceErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(both.message()).isEqualTo("gone");
        assertThat(ErrorBody.parse("{\"other\":1}").message()).isEqualTo("{\"other\":1}");
    }

    @Test
    void longTextIsShortenedTo300Characters() {
        assertThat(ErrorBody.parse("x".repeat(300)).message()).isEqualTo("x".repeat(300));
        assertThat(ErrorBody.parse("x".repeat(301)).message()).isEqualTo("x".repeat(300) + "...");
        assertThat(ErrorBody.parse("  a \n  b ").message()).isEqualTo("a b");
        assertThat(ErrorBody.parse(" ").message()).isNull();
    }

    @Test
    void smallRulesOfTheClient() {
        assertThat(ApiVersion.problem("")).isEqualTo("apiVersion is empty: set it to 62.0 or another version from 56.0 on");
        assertThat(ApiVersion.normalize("v63")).isEqualTo("63.0");
        assertThat(ApiVersion.normalize(" 62.1 ")).isEqualTo("62.1");
        assertThat(FailureKind.classify(new IllegalStateException("bug"))).isEqualTo(FailureKind.OTHER);
        assertThat(FailureKind.classify(new java.util.concurrent.CompletionException(new java.net.ConnectException("no"))))
                .isEqualTo(FailureKind.NOT_SENT);
        assertThat(Secrets.scrub("nothing secret here", "s3cret")).isEqualTo("nothing secret here");
        assertThat(Secrets.scrub("abc s3cret", "s3cret", null, "abc")).isEqualTo("abc ****");
        assertThat(new TransportSettings(null, null, "proxy", 8080, "user", "pw", null).toString())
                .contains("proxy=proxy:8080", "proxyPassword=****").doesNotContain("pw");
        assertThat(TransportSettings.defaults().toString()).contains("proxy=none", "proxyPassword=null");
    }
}
