package dev.camelpardot.camel;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule per option, each message naming the option and the fix; nothing else is reported. */
class OptionRulesTest {

    private static final String BU = "0Uv000000000001AAA";

    @Test
    void aValidConfigurationHasNoProblem() {
        assertThat(OptionRules.problems(valid(c -> {
        }))).isEmpty();
        assertThat(OptionRules.problems(valid(c -> {
            c.setApiVersion("v62.0");
            c.setProxyHost("proxy");
            c.setProxyPort(65535);
            c.setMaxRetries(0);
            c.setRetryInitialDelay(0);
            c.setRetryMaxDelay(0);
        }))).isEmpty();
        assertThat(OptionRules.problems(valid(c -> c.setApiVersion("62")))).as("one rule: 62 means 62.0").isEmpty();
    }

    @Test
    void eachRuleHasItsMessage() {
        assertThat(problems(c -> c.setBusinessUnitId(null))).singleElement().asString()
                .startsWith("businessUnitId is not set: set it to the 18-character business unit id starting 0Uv");
        assertThat(problems(c -> c.setLoginUrl("login.salesforce.com"))).containsExactly(
                "loginUrl 'login.salesforce.com' is not an absolute http(s) URL: write it like https://host");
        assertThat(problems(c -> c.setPardotUrl("ftp://pi.pardot.com"))).containsExactly(
                "pardotUrl 'ftp://pi.pardot.com' is not an absolute http(s) URL: write it like https://host");
        assertThat(problems(c -> c.setInstanceUrl("https://a b"))).containsExactly(
                "instanceUrl 'https://a b' is not a URL: write it like https://host");
        assertThat(problems(c -> c.setApiVersion("55.0"))).containsExactly("apiVersion 55.0 is too old: the Tooling"
                + " object PardotTenant exists from 56.0 on; set apiVersion to 56.0 or later");
        assertThat(problems(c -> c.setApiVersion("56.0"))).as("the exact limit is accepted").isEmpty();
        assertThat(problems(c -> c.setConnectTimeout(0))).containsExactly(
                "connectTimeout must be positive, was 0 ms: e.g. connectTimeout=10s");
        assertThat(problems(c -> c.setRequestTimeout(-1))).containsExactly(
                "requestTimeout must be positive, was -1 ms: e.g. requestTimeout=30s");
        assertThat(problems(c -> c.setMaxConcurrentRequests(0))).containsExactly(
                "maxConcurrentRequests must be 1 or more, was 0: Account Engagement allows 5 by default");
        assertThat(problems(c -> c.setMaxConcurrentRequests(1))).isEmpty();
        assertThat(problems(c -> c.setProxyHost("proxy"))).containsExactly(
                "proxyHost is set but proxyPort is not: set proxyPort to the proxy's port (1-65535)");
        assertThat(problems(c -> {
            c.setProxyHost("proxy");
            c.setProxyPort(65536);
        })).containsExactly("proxyHost is set but proxyPort (65536) is not valid: set proxyPort to the proxy's port"
                + " (1-65535)");
        assertThat(problems(c -> c.setProxyUsername("u"))).containsExactly(
                "proxyUsername or proxyPassword is set without proxyHost: set proxyHost and proxyPort");
        assertThat(problems(c -> {
            c.setProxyHost("proxy");
            c.setProxyPort(1);
            c.setProxyPassword("p");
        })).containsExactly("proxyPassword is set without proxyUsername: set proxyUsername");
        assertThat(problems(c -> {
            c.setJwtKeyFile("k.pem");
            c.setKeystore(new org.apache.camel.support.jsse.KeyStoreParameters());
        })).containsExactly("both jwtKeyFile and keystore are set: the JWT key must come from one of them");
        assertThat(problems(c -> c.setKeystoreAlias("a"))).containsExactly(
                "keystoreAlias or keystoreKeyPassword is set without keystore: set keystore, or remove them");
        assertThat(problems(c -> c.setMaxRetries(-1))).containsExactly(
                "maxRetries must be 0 or more, was -1: 0 disables retries");
        assertThat(problems(c -> c.setRetryInitialDelay(-1))).containsExactly(
                "retryInitialDelay and retryMaxDelay must not be negative");
        assertThat(problems(c -> {
            c.setRetryInitialDelay(500);
            c.setRetryMaxDelay(100);
        })).containsExactly("retryMaxDelay (100 ms) is below retryInitialDelay (500 ms): raise retryMaxDelay");
        assertThat(problems(c -> c.setFields(" "))).containsExactly("fields is empty: Account Engagement needs an"
                + " explicit field list, e.g. fields=" + PardotConfiguration.DEFAULT_FIELDS);
    }

    @Test
    void everyProblemIsReportedTogether() {
        assertThat(problems(c -> {
            c.setMaxConcurrentRequests(0);
            c.setMaxRetries(-1);
            c.setLoginUrl("x");
        })).hasSize(3);
        IllegalArgumentException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                IllegalArgumentException.class, () -> OptionRules.check("The pardot component", problems(c -> {
                    c.setMaxConcurrentRequests(0);
                    c.setMaxRetries(-1);
                })));
        assertThat(failure).hasMessage("The pardot component is not configured correctly: maxConcurrentRequests must be"
                + " 1 or more, was 0: Account Engagement allows 5 by default; maxRetries must be 0 or more, was -1: 0"
                + " disables retries");
        OptionRules.check("fine", java.util.List.of());
    }

    private static java.util.List<String> problems(Consumer<PardotConfiguration> tweak) {
        return OptionRules.problems(valid(tweak));
    }

    private static PardotConfiguration valid(Consumer<PardotConfiguration> tweak) {
        PardotConfiguration configuration = new PardotConfiguration();
        configuration.setBusinessUnitId(BU);
        tweak.accept(configuration);
        return configuration;
    }
}
