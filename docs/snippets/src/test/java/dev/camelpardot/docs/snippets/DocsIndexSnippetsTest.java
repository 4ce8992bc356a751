package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/README.md */
class DocsIndexSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void theEndpointDslRouteDelivers() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new EndpointDslRoute()).start()) {
            camel.template().sendBody("direct:signups", Map.of("email", "ada@example.com", "value", "Signed up"));
        }
        assertThat(EMULATOR.state().activities()).singleElement()
                .extracting(RecordedActivity::extension, RecordedActivity::type)
                .containsExactly("Webinar_Service", "Registered");
    }
}
