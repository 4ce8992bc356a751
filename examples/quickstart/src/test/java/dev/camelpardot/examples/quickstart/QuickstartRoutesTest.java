package dev.camelpardot.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.camelpardot.emulator.ActivityTypeRecord;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's routes as written, in camel-main with the README's properties and dependencies, against an empty
 * emulator org. The credentials come from the PARDOT_* variables the properties name (set by the pom); only the
 * two hosts, which the README leaves at Salesforce's, point at the emulator.
 */
class QuickstartRoutesTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    /** The working directory: the routes' data/inbox and data/failed are relative to it. */
    private static final Path DATA = Path.of("data").toAbsolutePath();

    private Main main;

    @BeforeEach
    void start() throws Exception {
        deleteData();
        main = new Main();
        main.configure().addRoutesBuilder(new QuickstartRoutes());
        main.addOverrideProperty("camel.component.pardot.login-url", EMULATOR.baseUrl());
        main.addOverrideProperty("camel.component.pardot.pardot-url", EMULATOR.baseUrl());
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
    }

    @Test
    void theSetupRouteCreatesWhatTheQuickstartRouteSendsTo() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !EMULATOR.state().assignments().isEmpty());
        assertThat(EMULATOR.state().extensions()).singleElement().satisfies(e -> {
            assertThat(e.developerName()).isEqualTo("Webinar_Service");
            assertThat(e.active()).isTrue();
        });
        assertThat(EMULATOR.state().activityTypes()).extracting(ActivityTypeRecord::developerName).containsExactly("Registered");
        assertThat(EMULATOR.state().activityTypes()).allMatch(ActivityTypeRecord::active);
    }

    @Test
    void aBadLineIsKeptAndTheFileIsReadOnceNotRolledBackAndReadAgain() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !EMULATOR.state().assignments().isEmpty());
        String bad = "{\"email\":\"not-an-e-mail\",\"value\":\"kept in data/failed\"}";
        String tooLong = line("ada@example.com", "x".repeat(101));
        drop("signups.ndjson", line("ada@example.com", "qs-1") + "\n\n" + bad + "\n"
                + line("grace@example.com", "qs-2") + "\n" + line("alan@example.com", "qs-3") + "\n" + tooLong + "\n"
                + line("ada@example.com", "qs-4") + "\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(DATA.resolve("inbox/.camel/signups.ndjson")));
        assertThat(Files.readAllLines(DATA.resolve("failed/signups.ndjson"), StandardCharsets.UTF_8)).containsExactly(bad, tooLong);

        // a file dropped after it is read only after it; by then a re-read of the first would have shown
        drop("later.ndjson", line("ada@example.com", "qs-later"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(DATA.resolve("inbox/.camel/later.ndjson")));
        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::value)
                .containsExactlyInAnyOrder("qs-1", "qs-2", "qs-3", "qs-4", "qs-later");
        assertThat(EMULATOR.state().activities()).allSatisfy(a -> {
            assertThat(a.extension()).isEqualTo("Webinar_Service");
            assertThat(a.type()).isEqualTo("Registered");
        });
    }

    private static String line(String email, String value) {
        return "{\"email\":\"" + email + "\",\"value\":\"" + value + "\"}";
    }

    private static void drop(String name, String content) throws IOException {
        Path inbox = Files.createDirectories(DATA.resolve("inbox"));
        Path staged = Files.writeString(DATA.resolve(name + ".tmp"), content);
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteData() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
