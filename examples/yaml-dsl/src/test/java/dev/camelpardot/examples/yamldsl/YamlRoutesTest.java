package dev.camelpardot.examples.yamldsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.camelpardot.emulator.ActivityTypeRecord;
import dev.camelpardot.emulator.ExtensionRecord;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the YAML routes as they ship (application.properties), pointed at an empty emulator org. */
class YamlRoutesTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @TempDir
    Path dir;

    @Test
    void setsUpTheOrgThenDeliversTheFolder() throws Exception {
        Main main = start();
        try {
            // the setup route ran first: the extension, both types and the assignment exist, and delivery started
            await().atMost(Duration.ofSeconds(30)).until(() -> main.getCamelContext().getRouteController()
                    .getRouteStatus("folder-to-account-engagement") == ServiceStatus.Started);
            assertThat(EMULATOR.state().extensions()).singleElement().satisfies(extension -> {
                assertThat(extension.developerName()).isEqualTo("Webinar_Service");
                assertThat(extension.label()).isEqualTo("Webinar Service");
                assertThat(extension.active()).isTrue();
            });
            assertThat(EMULATOR.state().activityTypes()).extracting(ActivityTypeRecord::developerName)
                    .containsExactlyInAnyOrder("Registered", "Attended");
            assertThat(EMULATOR.state().activityTypes()).allMatch(ActivityTypeRecord::active);
            assertThat(EMULATOR.state().assignments()).singleElement()
                    .satisfies(a -> assertThat(a.businessUnitId()).isEqualTo("0UvEMULATOR00000AA"));

            drop("signups.ndjson",
                    "{\"email\":\"ada@example.com\",\"value\":\"Camel 101\"}",
                    "{\"email\":\"grace@example.com\",\"value\":\"Camel 101\",\"type\":\"Attended\"}",
                    "{\"value\":\"no e-mail at all\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve("inbox/done/signups.ndjson")));

            assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::email, RecordedActivity::type)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("ada@example.com", "Registered"),
                            org.assertj.core.groups.Tuple.tuple("grace@example.com", "Attended"));
            assertThat(Files.readAllLines(dir.resolve("failed/signups.failed.ndjson"), StandardCharsets.UTF_8))
                    .containsExactly("{\"value\":\"no e-mail at all\"}");
        } finally {
            main.stop();
        }
    }

    @Test
    void aSecondStartChangesNothingInTheOrg() throws Exception {
        Main first = start();
        awaitDeliveryStarted(first);
        first.stop();
        ExtensionRecord extension = EMULATOR.state().extensions().get(0);

        Main second = start();
        try {
            awaitDeliveryStarted(second);
            assertThat(EMULATOR.state().extensions()).containsExactly(extension);
            assertThat(EMULATOR.state().activityTypes()).hasSize(2);
            assertThat(EMULATOR.state().assignments()).hasSize(1);
        } finally {
            second.stop();
        }
    }

    private Main start() throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.component.pardot.login-url", EMULATOR.baseUrl());
        main.addOverrideProperty("camel.component.pardot.pardot-url", EMULATOR.baseUrl());
        main.addOverrideProperty("activities.inbox", dir.resolve("inbox").toString());
        main.addOverrideProperty("activities.failed", dir.resolve("failed").toString());
        main.start();
        return main;
    }

    private static void awaitDeliveryStarted(Main main) {
        await().atMost(Duration.ofSeconds(30)).until(() -> main.getCamelContext().getRouteController()
                .getRouteStatus("folder-to-account-engagement") == ServiceStatus.Started);
    }

    private void drop(String name, String... lines) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path tmp = Files.write(dir.resolve(name + ".tmp"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
