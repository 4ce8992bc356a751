package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.camelpardot.emulator.ActivityTypeRecord;
import dev.camelpardot.emulator.ExtensionRecord;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/setup-as-code.md, against an empty emulator org. */
class SetupAsCodeSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void theJsonSetupBodyCreatesEverythingActiveAndAssigned() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).start()) {
            SetupReport report = camel.template().requestBody("pardot:extension?operation=ensure",
                    resource("snippets/setup-as-code/setup.json"), SetupReport.class);
            assertThat(report.changed()).isTrue();
        }
        assertThat(EMULATOR.state().extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.description()).isEqualTo("Registrations and attendance from our webinar platform");
            assertThat(extension.active()).isTrue();
        });
        assertThat(EMULATOR.state().activityTypes()).extracting(ActivityTypeRecord::label)
                .containsExactlyInAnyOrder("Registered for a webinar", "Attended a webinar");
        assertThat(EMULATOR.state().activityTypes()).allMatch(ActivityTypeRecord::active);
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    @Test
    void theJavaRouteSetsUpAndASecondRunChangesNothing() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new SetupAsCodeRoute()).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().assignments().size() == 1);
            List<ExtensionRecord> before = EMULATOR.state().extensions();
            // what the route sends, sent again: the second run of the route
            SetupReport second = camel.template().requestBody("pardot:extension?operation=ensure",
                    ExtensionSetup.builder("Webinar_Service").label("Webinar Service")
                            .activityType("Registered", "Registered for a webinar")
                            .activityType("Attended", "Attended a webinar").build(), SetupReport.class);
            assertThat(second.summary()).isEqualTo("nothing changed");
            assertThat(EMULATOR.state().extensions()).isEqualTo(before);
        }
        assertThat(EMULATOR.state().activityTypes()).hasSize(2).allMatch(ActivityTypeRecord::active);
    }

    @Test
    void theYamlRouteSetsUp() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).yaml("snippets/setup-as-code/setup-route.yaml").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().assignments().size() == 1);
        }
        assertThat(EMULATOR.state().extensions()).singleElement().satisfies(e -> assertThat(e.active()).isTrue());
        assertThat(EMULATOR.state().activityTypes()).extracting(ActivityTypeRecord::developerName)
                .containsExactlyInAnyOrder("Registered", "Attended");
    }

    @Test
    void oneRecordAtATimeFromEndpointOptions() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).start()) {
            for (String uri : resource("snippets/setup-as-code/one-record-at-a-time.txt").lines().toList()) {
                camel.template().sendBody(uri, null);
            }
        }
        assertThat(EMULATOR.state().extensions()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Webinar Service");
            assertThat(e.active()).isTrue();
        });
        assertThat(EMULATOR.state().activityTypes()).singleElement().satisfies(t -> {
            assertThat(t.developerName()).isEqualTo("Registered");
            assertThat(t.active()).isTrue();
        });
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    static String resource(String name) throws Exception {
        try (InputStream in = SetupAsCodeSnippetsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
