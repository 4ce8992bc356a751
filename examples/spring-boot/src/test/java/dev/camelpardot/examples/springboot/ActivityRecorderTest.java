package dev.camelpardot.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application as it ships, with only the two URLs pointed at the emulator. */
@SpringBootTest
class ActivityRecorderTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @DynamicPropertySource
    static void emulatorUrls(DynamicPropertyRegistry registry) {
        registry.add("camel.component.pardot.login-url", EMULATOR::baseUrl);
        registry.add("camel.component.pardot.pardot-url", EMULATOR::baseUrl);
    }

    @Autowired
    ActivityRecorder recorder;

    @Autowired
    CamelContext camelContext;

    @BeforeEach
    void seedTheOrg() {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
    }

    @Test
    void camelComponentPropertiesConfigureTheComponent() {
        PardotConfiguration configuration = camelContext.getComponent("pardot", PardotComponent.class).getConfiguration();
        assertThat(configuration.getBusinessUnitId()).isEqualTo("0UvEMULATOR00000AA");
        assertThat(configuration.getClientId()).isEqualTo("emulator-client");
        assertThat(configuration.getLoginUrl()).isEqualTo(EMULATOR.baseUrl());
        assertThat(configuration.getMaxConcurrentRequests()).as("set in application.properties, default 5").isEqualTo(4);
    }

    @Test
    void recordsAnActivity() {
        recorder.record("ada@example.com", "Registered for Camel 101");

        assertThat(EMULATOR.state().activities()).singleElement().satisfies(activity -> {
            assertThat(activity.email()).isEqualTo("ada@example.com");
            assertThat(activity.value()).isEqualTo("Registered for Camel 101");
            assertThat(activity.extension()).isEqualTo("Webinar_Service");
            assertThat(activity.type()).isEqualTo("Registered");
        });
    }

    @Test
    void aBadEmailComesBackAsTheComponentsException() {
        assertThatThrownBy(() -> recorder.record("not-an-e-mail", "x"))
                .hasRootCauseInstanceOf(PardotValidationException.class);
        assertThat(EMULATOR.state().activityCount()).isZero();
    }
}
