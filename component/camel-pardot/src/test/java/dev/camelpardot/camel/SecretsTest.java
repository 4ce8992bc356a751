package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret shows: not in any log line (Camel's and ours, at DEBUG), not in toString of the configuration,
 * endpoint, producer, connection or component, and not in endpoint URIs as Camel shows them - also when the
 * secrets are given on the endpoint URI instead of the component.
 */
class SecretsTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String PROXY_PASSWORD = "proxy-pass-4711";
    private static final String KEY_PASSWORD = "key-pass-4711";
    private static final List<String> SECRETS = List.of(EmulatorDefaults.CLIENT_SECRET, EmulatorDefaults.REFRESH_TOKEN,
            EmulatorDefaults.PASSWORD, PROXY_PASSWORD, KEY_PASSWORD);

    @Test
    void noSecretInLogsToStringOrUris() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        String uriSecrets = "&clientSecret=" + EmulatorDefaults.CLIENT_SECRET + "&refreshToken=RAW("
                            + EmulatorDefaults.REFRESH_TOKEN + ")&maxRetries=3";
        List<String> shown = new ArrayList<>();
        try (LogCapture logs = new LogCapture(Level.FINE);
             CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
             }, new RouteBuilder() {
                 @Override
                 public void configure() {
                     from("direct:component").routeId("component-secrets")
                             .to("pardot:external-activity?extension=Webinar&type=Registered");
                     // secrets on the URI, next to a non-secret option
                     from("direct:uri").routeId("uri-secrets")
                             .to("pardot:external-activity?extension=Webinar&type=Registered" + uriSecrets);
                 }
             })) {
            for (String route : List.of("direct:component", "direct:uri")) {
                Exchange exchange = camel.send(route, Map.of("email", "a@example.com", "value", "v"));
                assertThat(exchange.getException()).isNull();
            }
            // a failing login logs and throws too
            EMULATOR.state().expireAccessTokens();
            EMULATOR.config().refreshToken("rotated-elsewhere");
            Exchange failed = camel.send("direct:component", Map.of("email", "a@example.com", "value", "v"));
            assertThat(failed.getException()).isNotNull();
            shown.add(failed.getException().toString());
            shown.add(String.valueOf(failed.getException().getMessage()));

            for (Endpoint endpoint : camel.context().getEndpoints()) {
                // getEndpointUri() is Camel's key for the endpoint and keeps what the route wrote; what Camel shows
                // (logs, JMX, toString, the route model) is the sanitized form
                shown.add(endpoint.toString());
                shown.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                if (endpoint instanceof PardotEndpoint pardot) {
                    shown.add(pardot.getConfiguration().toString());
                    shown.add(pardot.getConnection().toString());
                    shown.add(pardot.getConnection().settings().toString());
                }
            }
            for (Route route : camel.context().getRoutes()) {
                shown.add(route.toString());
                shown.add(route.getEndpoint().toString());
            }
            camel.component.getConfiguration().setProxyPassword(PROXY_PASSWORD);
            camel.component.getConfiguration().setKeystoreKeyPassword(KEY_PASSWORD);
            camel.component.getConfiguration().setPassword(EmulatorDefaults.PASSWORD);
            shown.add(camel.component.getConfiguration().toString());
            shown.add(camel.component.toString());
            shown.addAll(logs.lines());

            assertThat(logs.componentLines()).as("the component logs at debug, so this test sees its lines").isNotEmpty();
            assertThat(logs.lines()).anyMatch(line -> line.contains("pardot://external-activity")
                                                      || line.contains("pardot:external-activity"));
        } finally {
            EMULATOR.config().refreshToken(EmulatorDefaults.REFRESH_TOKEN);
        }

        for (String text : shown) {
            assertThat(text).as("shown text").doesNotContain(SECRETS.toArray(new String[0]))
                    .as("an access token").doesNotContain(EmulatorDefaults.ORGANIZATION_ID + "!");
        }
        assertThat(String.join("\n", shown)).contains("clientSecret=xxxxxx").contains("refreshToken=xxxxxx");
    }

    @Test
    void everySecretOptionIsMaskedWhenItIsWrittenOnAUri() {
        PardotEndpointUriFactory factory = new PardotEndpointUriFactory();
        assertThat(factory.secretPropertyNames()).isNotEmpty();
        for (String option : factory.secretPropertyNames()) {
            String uri = "pardot:external-activity?extension=W&" + option + "=s3cr3t-value&type=T";
            assertThat(URISupport.sanitizeUri(uri)).as(option)
                    .doesNotContain("s3cr3t-value").contains(option + "=xxxxxx").contains("extension=W", "type=T");
        }
    }
}
