package dev.camelpardot.camel;

import java.util.Map;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retry options belong to the endpoint: overriding them keeps the component's one session and cap. */
class RetryOptionsTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String URI = "pardot:external-activity?extension=Webinar&type=Registered";

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        camel = CamelHarness.start(EMULATOR, c -> c.setMaxRetries(3));
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void anEndpointWithoutRetriesSharesTheConnectionAndTriesOnce() {
        EMULATOR.config().failureRate503(1.0);

        Exchange once = send(URI + "&maxRetries=0");
        long afterOnce = EMULATOR.state().responseCount(503);
        Exchange patient = send(URI);

        assertThat(once.getException()).isInstanceOf(PardotApiException.class);
        assertThat(((PardotApiException) once.getException()).getAttempts()).isEqualTo(1);
        assertThat(afterOnce).isEqualTo(1);
        assertThat(((PardotApiException) patient.getException()).getAttempts()).isEqualTo(4);
        assertThat(EMULATOR.state().responseCount(503)).isEqualTo(5);
        assertThat(camel.component.connectionCount()).isEqualTo(1);
        assertThat(EMULATOR.state().tokenRequests()).isEqualTo(1);
    }

    @Test
    void badRetryOptionsFailTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> camel.context.getEndpoint(URI + "&retryInitialDelay=500&retryMaxDelay=100"))
                .hasStackTraceContaining("retryMaxDelay (100 ms) is below retryInitialDelay (500 ms)");
        assertThatThrownBy(() -> camel.context.getEndpoint(URI + "&maxRetries=-1"))
                .hasStackTraceContaining("maxRetries must be 0 or more");
    }

    private Exchange send(String uri) {
        return camel.send(uri, Map.of("email", "r@example.com", "value", "v"));
    }
}
