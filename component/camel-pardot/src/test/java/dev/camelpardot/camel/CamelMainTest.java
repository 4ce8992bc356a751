package dev.camelpardot.camel;

import java.time.Duration;
import java.util.Map;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Plain Camel: camel-main configures the component from camel.component.pardot.* properties (kebab-case). */
class CamelMainTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void componentConfiguredByProperties() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:event").to("pardot:external-activity");
            }
        });
        main.addInitialProperty("camel.component.pardot.login-url", EMULATOR.baseUrl());
        main.addInitialProperty("camel.component.pardot.pardot-url", EMULATOR.baseUrl());
        main.addInitialProperty("camel.component.pardot.client-id", EmulatorDefaults.CLIENT_ID);
        main.addInitialProperty("camel.component.pardot.client-secret", EmulatorDefaults.CLIENT_SECRET);
        main.addInitialProperty("camel.component.pardot.refresh-token", EmulatorDefaults.REFRESH_TOKEN);
        main.addInitialProperty("camel.component.pardot.business-unit-id", EmulatorDefaults.BUSINESS_UNIT_ID);
        main.addInitialProperty("camel.component.pardot.extension", "Webinar");
        main.addInitialProperty("camel.component.pardot.type", "Registered");
        main.addInitialProperty("camel.component.pardot.max-concurrent-requests", "3");
        main.addInitialProperty("camel.component.pardot.request-timeout", "20s");
        main.addInitialProperty("camel.health.producers-enabled", "true");
        // camel-main's default exposure shows only checks that are down
        main.addInitialProperty("camel.health.exposure-level", "full");
        main.start();
        try {
            PardotComponent component = main.getCamelContext().getComponent("pardot", PardotComponent.class);
            assertThat(component.getConfiguration().getMaxConcurrentRequests()).isEqualTo(3);
            assertThat(component.getConfiguration().getRequestTimeout()).isEqualTo(20_000);
            assertThat(EMULATOR.state().tokenRequests()).as("logged in at start").isEqualTo(1);

            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            Exchange exchange = template.send("direct:event",
                    e -> e.getMessage().setBody(Map.of("email", "main@example.com", "value", "from camel-main")));

            assertThat(exchange.getException()).isNull();
            assertThat(EMULATOR.state().activities()).singleElement().satisfies(a -> {
                assertThat(a.extension()).isEqualTo("Webinar");
                assertThat(a.type()).isEqualTo("Registered");
            });
            // the first probe runs in the background from the producer's start: on a busy JVM it may still be running
            // when the exchange is done, and readiness says DOWN ("checking") until it has finished
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    HealthCheckHelper.invokeReadiness(main.getCamelContext()))
                    .filteredOn(r -> r.getCheck().getId().startsWith("producer:pardot-"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
                        assertThat(r.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200)
                                .doesNotContainKey(PardotHealthCheck.CHECKING);
                    }));
        } finally {
            main.stop();
        }
    }
}
