package dev.camelpardot.examples.camelmain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import dev.camelpardot.emulator.UnknownEmailPolicy;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the application as it ships (application.properties), pointed at the emulator, and drops real files. */
class FolderToAccountEngagementRouteTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @TempDir
    Path dir;

    private Main main;

    @BeforeEach
    void startApplication() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        EMULATOR.state().addProspects("ada@example.com", "grace@example.com", "alan@example.com");
        EMULATOR.config().unknownEmailPolicy(UnknownEmailPolicy.REJECT);

        main = new Main();
        main.configure().addRoutesBuilder(new FolderToAccountEngagementRoute());
        // only what differs from application.properties: where the emulator and the folders are
        main.addOverrideProperty("camel.component.pardot.login-url", EMULATOR.baseUrl());
        main.addOverrideProperty("camel.component.pardot.pardot-url", EMULATOR.baseUrl());
        main.addOverrideProperty("activities.inbox", dir.resolve("inbox").toString());
        main.addOverrideProperty("activities.failed", dir.resolve("failed").toString());
        main.start();
    }

    @AfterEach
    void stopApplication() throws Exception {
        main.stop();
    }

    @Test
    void deliversEveryLineAndKeepsTheOnesThatFail() throws IOException {
        drop("webinar-2024-05.ndjson",
                "{\"email\":\"ada@example.com\",\"value\":\"Webinar: Camel 101\"}",
                "",
                "{\"email\":\"grace@example.com\",\"value\":\"Webinar: Camel 101\",\"activityDate\":\"2024-05-02T10:00:00+02:00\"}",
                "{\"email\":\"not-an-e-mail\",\"value\":\"rejected before any call\"}",
                "{\"email\":\"nobody@example.com\",\"value\":\"rejected by Account Engagement (code 4)\"}",
                "{\"email\":\"alan@example.com\",\"value\":\"Webinar: Camel 101\",\"type\":\"Registered\"}");

        Path failed = dir.resolve("failed/webinar-2024-05.failed.ndjson");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve("inbox/done/webinar-2024-05.ndjson")));

        List<RecordedActivity> delivered = EMULATOR.state().activities();
        assertThat(delivered).extracting(RecordedActivity::email)
                .containsExactlyInAnyOrder("ada@example.com", "grace@example.com", "alan@example.com");
        assertThat(delivered).allSatisfy(a -> {
            assertThat(a.extension()).isEqualTo("Webinar_Service");
            assertThat(a.type()).isEqualTo("Registered");
            assertThat(a.businessUnitId()).isEqualTo("0UvEMULATOR00000AA");
        });

        // the two bad lines are kept verbatim, ready to be dropped back into the inbox
        assertThat(Files.readAllLines(failed, StandardCharsets.UTF_8)).containsExactly(
                "{\"email\":\"not-an-e-mail\",\"value\":\"rejected before any call\"}",
                "{\"email\":\"nobody@example.com\",\"value\":\"rejected by Account Engagement (code 4)\"}");
        assertThat(EMULATOR.state().responseCount(400, 4)).isEqualTo(1);
    }

    /** Writes the file next to the inbox and moves it in, so the route never sees half a file. */
    private void drop(String name, String... lines) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path tmp = Files.write(dir.resolve(name + ".tmp"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
