package dev.camelpardot.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Spring Boot application with the starter: camel.component.pardot.* configure the component; a route delivers. */
@SpringBootTest(classes = TestApplication.class)
class PardotStarterTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @DynamicPropertySource
    static void emulatorUrls(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pardot.login-url", EMULATOR::baseUrl);
        registry.add("camel.component.pardot.pardot-url", EMULATOR::baseUrl);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    @BeforeEach
    void seed() {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
    }

    @Test
    void propertiesConfigureTheComponent() {
        PardotConfiguration configuration = camelContext.getComponent("pardot", PardotComponent.class).getConfiguration();

        assertThat(configuration.getClientId()).isEqualTo(EmulatorDefaults.CLIENT_ID);
        assertThat(configuration.getBusinessUnitId()).isEqualTo(EmulatorDefaults.BUSINESS_UNIT_ID);
        assertThat(configuration.getLoginUrl()).isEqualTo(EMULATOR.baseUrl());
        assertThat(configuration.getMaxConcurrentRequests()).as("default 5").isEqualTo(3);
        assertThat(configuration.getRetryMaxDelay()).as("2s, converted by Camel").isEqualTo(2_000L);
    }

    @Test
    void aRouteDelivers() {
        producer.sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "Registered for Camel 101"));

        assertThat(EMULATOR.state().activities()).singleElement().satisfies(activity -> {
            assertThat(activity.email()).isEqualTo("ada@example.com");
            assertThat(activity.extension()).isEqualTo("Webinar");
            assertThat(activity.type()).isEqualTo("Registered");
            assertThat(activity.businessUnitId()).isEqualTo(EmulatorDefaults.BUSINESS_UNIT_ID);
        });
    }
}
