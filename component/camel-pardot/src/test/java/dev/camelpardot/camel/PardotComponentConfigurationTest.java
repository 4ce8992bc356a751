package dev.camelpardot.camel;

import java.util.function.Consumer;

import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everything is checked at start, with messages naming the option and the fix; hosts; shared connections. */
class PardotComponentConfigurationTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void businessUnitIdOfTheWrongLength() {
        assertStartFails(c -> c.setBusinessUnitId("0Uv123"), "businessUnitId '0Uv123' is 6 characters",
                "camel.component.pardot.business-unit-id");
    }

    @Test
    void businessUnitIdOfAnotherObject() {
        assertStartFails(c -> c.setBusinessUnitId("0XM000000000001AAA"), "does not start with 0Uv");
    }

    @Test
    void apiVersionTooOld() {
        assertStartFails(c -> c.setApiVersion("55.0"), "apiVersion 55.0 is too old", "56.0 or later");
    }

    @Test
    void apiVersionNotAVersion() {
        assertStartFails(c -> c.setApiVersion("latest"), "apiVersion 'latest' is not a Salesforce API version");
    }

    @Test
    void incompleteOAuthOptionsNameWhatIsMissing() {
        assertStartFails(c -> {
            c.setRefreshToken(null);
            c.setClientSecret(null);
            c.setUserName("someone@example.com");
        }, "userName is set but neither password", "jwtKeyFile or keystore");
    }

    @Test
    void severalProblemsAreReportedTogether() {
        assertStartFails(c -> {
            c.setMaxConcurrentRequests(0);
            c.setProxyHost("proxy.example.com");
            c.setLoginUrl("not a url");
        }, "maxConcurrentRequests must be 1 or more", "proxyPort", "loginUrl 'not a url'");
    }

    @Test
    void twoSourcesOfTheJwtKeyAreAmbiguous() {
        assertStartFails(c -> {
            c.setJwtKeyFile("/nonexistent/jwt.pem");
            c.setKeystore(new org.apache.camel.support.jsse.KeyStoreParameters());
        }, "both jwtKeyFile and keystore are set");
    }

    @Test
    void anUnreadableJwtKeyFileIsNamed() {
        assertStartFails(c -> {
            c.setRefreshToken(null);
            c.setJwtKeyFile("/nonexistent/jwt.pem");
            c.setUserName("someone@example.com");
        }, "cannot read jwtKeyFile /nonexistent/jwt.pem");
    }

    @Test
    void badCredentialsFailTheStartUnlessLazy() throws Exception {
        Exception failure = startFailure(c -> c.setRefreshToken("wrong-refresh-token"));
        Throwable authentication = causeOfType(failure, PardotAuthenticationException.class);
        assertThat(authentication.getMessage()).contains("invalid_grant")
                .doesNotContain("wrong-refresh-token", EmulatorDefaults.CLIENT_SECRET);

        long before = EMULATOR.state().tokenRequests();
        try (CamelHarness lazy = CamelHarness.start(EMULATOR, c -> {
            c.setRefreshToken("wrong-refresh-token");
            c.setLazyLogin(true);
        })) {
            assertThat(EMULATOR.state().tokenRequests()).as("lazy: no login at start").isEqualTo(before);
            EMULATOR.state().seedReadySetup("Webinar", "Registered");
            Exchange exchange = lazy.send("pardot:external-activity?extension=Webinar&type=Registered",
                    java.util.Map.of("email", "a@example.com", "value", "v"));
            assertThat(exchange.getException()).isInstanceOf(PardotAuthenticationException.class);
        }
    }

    @Test
    void loginHappensAtStartByDefault() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            assertThat(EMULATOR.state().tokenRequests("refresh_token")).isEqualTo(1);
        }
    }

    @Test
    void environmentSetsBothHostsAndTheUrlOptionsOverrideEach() {
        PardotConfiguration demo = new PardotConfiguration();
        demo.setEnvironment(PardotEnvironment.DEMO);
        assertThat(demo.connectionSettings().resolvedLoginUrl()).hasToString("https://test.salesforce.com");
        assertThat(demo.connectionSettings().resolvedPardotUrl()).hasToString("https://pi.demo.pardot.com");

        PardotConfiguration production = new PardotConfiguration();
        assertThat(production.connectionSettings().resolvedLoginUrl()).hasToString("https://login.salesforce.com");
        assertThat(production.connectionSettings().resolvedPardotUrl()).hasToString("https://pi.pardot.com");

        demo.setLoginUrl("https://example.my.salesforce.com");
        assertThat(demo.connectionSettings().resolvedLoginUrl()).hasToString("https://example.my.salesforce.com");
        assertThat(demo.connectionSettings().resolvedPardotUrl()).hasToString("https://pi.demo.pardot.com");
        demo.setInstanceUrl("https://example.my.salesforce.com");
        assertThat(demo.connectionSettings().resolvedInstanceUrl()).hasToString("https://example.my.salesforce.com");
    }

    @Test
    void anOperationTheResourceDoesNotHaveIsRefusedWhenTheEndpointIsCreated() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            assertThatThrownBy(() -> camel.context().getEndpoint("pardot:external-activity?operation=ensure"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasMessageContaining("operation ensure is not supported by pardot:external-activity",
                            "create, read, query");
            assertThatThrownBy(() -> camel.context().getEndpoint("pardot:extension"))
                    .hasMessageContaining("pardot:extension needs the option operation");
            assertThatThrownBy(() -> camel.context().getEndpoint("pardot:prospect"))
                    .hasMessageContaining("unknown pardot resource 'prospect'");
            assertThatThrownBy(() -> camel.context().getEndpoint("pardot:external-activity?operation=query&limit=5000"))
                    .hasMessageContaining("limit must be 1-1000");
        }
    }

    @Test
    void endpointsShareTheComponentConnectionUnlessTheyOverrideConnectionOptions() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("pardot:external-activity?extension=Webinar&type=Registered");
                from("direct:b").to("pardot:external-activity?extension=Webinar&type=Registered&batchFailurePolicy=fail");
                from("direct:c").to("pardot:external-activity?extension=Webinar&type=Registered&maxConcurrentRequests=2");
            }
        })) {
            assertThat(camel.component.connectionCount()).isEqualTo(2);
            assertThat(EMULATOR.state().tokenRequests()).as("one login per connection").isEqualTo(2);
            for (String route : new String[] { "direct:a", "direct:b", "direct:c" }) {
                Exchange exchange = camel.send(route, java.util.Map.of("email", "a@example.com", "value", route));
                assertThat(exchange.getException()).isNull();
            }
            assertThat(EMULATOR.state().activityCount()).isEqualTo(3);
        }
    }

    @Test
    void anEndpointCanSendToAnotherBusinessUnitOverTheSameConnection() throws Exception {
        EMULATOR.state().addBusinessUnit("0UvSECOND000000AAA", "Second");
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        EMULATOR.state().assign("Webinar", "0UvSECOND000000AAA");
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            Exchange exchange = camel.send("pardot:external-activity?extension=Webinar&type=Registered"
                                           + "&businessUnitId=0UvSECOND000000AAA",
                    java.util.Map.of("email", "a@example.com", "value", "v"));

            assertThat(exchange.getException()).isNull();
            assertThat(EMULATOR.state().activities()).singleElement()
                    .satisfies(a -> assertThat(a.businessUnitId()).isEqualTo("0UvSECOND000000AAA"));
            assertThat(camel.component.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void aComponentWithoutCredentialsLeavesThemToTheEndpoints() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("pardot", new PardotComponent());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("pardot:external-activity?extension=W&type=R&businessUnitId=" + EmulatorDefaults.BUSINESS_UNIT_ID);
            }
        });
        assertThatThrownBy(context::start)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("no OAuth options are set");
        context.stop();
    }

    private static void assertStartFails(Consumer<PardotConfiguration> tweak, String... messageParts) {
        Exception failure = startFailure(tweak);
        assertThat(rootCause(failure)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rootCause(failure).getMessage()).contains(messageParts);
    }

    private static Exception startFailure(Consumer<PardotConfiguration> tweak) {
        try (CamelHarness camel = CamelHarness.start(EMULATOR, tweak)) {
            throw new AssertionError("the context started");
        } catch (Exception e) {
            return e;
        }
    }

    private static Throwable causeOfType(Throwable t, Class<? extends Throwable> type) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + t, t);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
