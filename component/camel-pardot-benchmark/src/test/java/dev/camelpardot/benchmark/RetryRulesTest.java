package dev.camelpardot.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryRulesTest {

    @Test
    void expiredTokenIs401OrCode184() {
        assertThat(RetryRules.isExpiredToken(401, "")).isTrue();
        assertThat(RetryRules.isExpiredToken(400, "{\"code\": 184,\"message\":\"x\"}")).isTrue();
        assertThat(RetryRules.isExpiredToken(400, "{\"code\":1840}")).isFalse();
        assertThat(RetryRules.isExpiredToken(400, "{\"code\":66}")).isFalse();
    }

    @Test
    void backoffStaysWithinItsCeiling() {
        for (int i = 0; i < 1000; i++) {
            assertThat(RetryRules.delayMillis(0)).isBetween(0L, 250L);
            assertThat(RetryRules.delayMillis(2)).isBetween(0L, 1000L);
            assertThat(RetryRules.delayMillis(20)).isBetween(0L, RetryRules.MAX_DELAY_MILLIS);
        }
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(MiniJson.field(new StringBuilder(), "value", "a\"b\\c\n").toString())
                .isEqualTo("\"value\":\"a\\\"b\\\\c\\n\"");
        assertThat(MiniJson.stringField("{\"access_token\":\"00D!abc\",\"x\":1}", "access_token")).isEqualTo("00D!abc");
    }
}
