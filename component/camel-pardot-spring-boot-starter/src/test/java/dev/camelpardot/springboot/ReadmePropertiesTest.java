package dev.camelpardot.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's properties as written (readme.properties, compared with the README by the docs snippets check):
 * the variables they name come from the environment, here the emulator's defaults; the business unit is the
 * README's, added to the emulator.
 */
@SpringBootTest(classes = TestApplication.class)
@TestPropertySource(locations = "classpath:readme.properties")
class ReadmePropertiesTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("PARDOT_CLIENT_ID", () -> EmulatorDefaults.CLIENT_ID);
        registry.add("PARDOT_CLIENT_SECRET", () -> EmulatorDefaults.CLIENT_SECRET);
        registry.add("PARDOT_REFRESH_TOKEN", () -> EmulatorDefaults.REFRESH_TOKEN);
        registry.add("camel.component.pardot.login-url", EMULATOR::baseUrl);
        registry.add("camel.component.pardot.pardot-url", EMULATOR::baseUrl);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    @Test
    void theReadmePropertiesConfigureTheComponentAndItDelivers() {
        PardotConfiguration configuration = camelContext.getComponent("pardot", PardotComponent.class).getConfiguration();
        assertThat(configuration.getBusinessUnitId()).isEqualTo("0Uv000000000001AAA");
        assertThat(configuration.getRequestTimeout()).as("20s").isEqualTo(20_000L);

        EMULATOR.state().addBusinessUnit("0Uv000000000001AAA", "Readme business unit");
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        EMULATOR.state().assign("Webinar", "0Uv000000000001AAA");
        producer.sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "configured by the README"));

        assertThat(EMULATOR.state().activities()).singleElement()
                .satisfies(a -> assertThat(a.businessUnitId()).isEqualTo("0Uv000000000001AAA"));
    }
}
