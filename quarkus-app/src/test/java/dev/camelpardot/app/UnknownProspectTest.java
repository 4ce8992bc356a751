package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The component option unknownProspect, set as the app's camel.component.pardot.unknown-prospect: an event for an
 * e-mail no prospect has is delivered (the prospect created on the way) instead of dead-lettered with error 4.
 */
@QuarkusTest
@TestProfile(UnknownProspectProfile.class)
class UnknownProspectTest {

    @Test
    void anEventForAnEmailNoProspectHasIsDeliveredAndItsProspectCreated() {
        // like Account Engagement (and the demo mode), refuse activities for e-mails without a prospect
        EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "REJECT"));
        try {
            App.post(App.activity("newcomer@example.com", "unknown-prospect-1")).statusCode(202);

            await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("unknown-prospect-") == 1);
            assertThat(EmulatorAdmin.responses("400/4")).as("refused once, before the prospect existed").isEqualTo(1);
            assertThat(App.deadLetters("unknown-prospect-")).isEmpty();
        } finally {
            EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "ACCEPT"));
        }
    }
}
