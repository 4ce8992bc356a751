package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** component/camel-pardot/README.md, "Testing against the emulator": the snippet is this test. */
class TestingAgainstTheEmulatorTest {

    // tag::testing[]
    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();
    // end::testing[]

    @Test
    void aRouteDeliversToTheEmulator() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PardotConfiguration cfg = context.getComponent("pardot", PardotComponent.class).getConfiguration();
            // tag::testing[]
            cfg.setLoginUrl(EMULATOR.baseUrl());
            cfg.setPardotUrl(EMULATOR.baseUrl());
            cfg.setClientId(EmulatorDefaults.CLIENT_ID);
            cfg.setClientSecret(EmulatorDefaults.CLIENT_SECRET);
            cfg.setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
            cfg.setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
            EMULATOR.state().seedReadySetup("Webinar", "Registered");   // extension + active type + assignment
            // end::testing[]
            context.start();
            context.createProducerTemplate().sendBody("pardot:external-activity?extension=Webinar&type=Registered",
                    Map.of("email", "ada@example.com", "value", "tested"));
        }
        assertThat(EMULATOR.state().activities()).hasSize(1);
    }
}
