package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelpardot.app.cluster.AppReplica;
import dev.camelpardot.app.cluster.Ports;
import dev.camelpardot.app.cluster.Wait;
import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.PardotEmulator;
import dev.camelpardot.emulator.RecordedActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crash test: the packaged app (production mode, settings from environment variables) gets 10,000 events in
 * one NDJSON file, is killed with SIGKILL while delivering them, and is started again on the same data. Every
 * event must reach the emulator at least once; the duplicates (deliveries whose acknowledgement died with the
 * process) are counted and written to target/crash-test.txt.
 */
class CrashRecoveryIT {

    private static final int EVENTS = 10_000;
    private static final int KILL_AFTER = 2_000;
    private static final String PREFIX = "crash-";

    private final List<AppReplica> started = new ArrayList<>();

    @Test
    void everyEventIsDeliveredAtLeastOnceAcrossAKill() throws Exception {
        Path target = Path.of(System.getProperty("app.target", "target"));
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).exists();
        Path work = Files.createTempDirectory(target, "crash-test-");
        Path inbox = Files.createDirectories(work.resolve("data/inbox"));

        try (PardotEmulator emulator = PardotEmulator.start(EmulatorConfig.defaults().latency(Duration.ofMillis(10)))) {
            int httpPort = Ports.free();
            int brokerPort = Ports.free();

            AppReplica first = start(jar, work, emulator, httpPort, brokerPort, target.resolve("crash-test-run1.log"));
            Path staged = work.resolve("events.ndjson");
            writeEvents(staged);
            Files.move(staged, inbox.resolve("events.ndjson"), StandardCopyOption.ATOMIC_MOVE);

            Wait.until(Duration.ofSeconds(90), () -> emulator.state().activityCount() >= KILL_AFTER || !first.isAlive(),
                    "the first run to deliver " + KILL_AFTER + " events");
            assertThat(first.isAlive()).as("first run alive until the kill (see crash-test-run1.log)").isTrue();
            first.kill();
            int atKill = emulator.state().activityCount();

            AppReplica second = start(jar, work, emulator, httpPort, brokerPort, target.resolve("crash-test-run2.log"));
            Wait.until(Duration.ofSeconds(120), () -> distinct(emulator.state().activities()) >= EVENTS || !second.isAlive(),
                    "every event to arrive after the restart");
            Thread.sleep(2_000); // let stragglers (redelivered duplicates) land before counting

            List<RecordedActivity> recorded = emulator.state().activities();
            long distinct = distinct(recorded);
            long total = recorded.stream().filter(a -> a.value().startsWith(PREFIX)).count();
            long duplicates = total - distinct;
            String report = "crash test: events=" + EVENTS + " deliveredBeforeKill=" + atKill + " distinctDelivered="
                    + distinct + " totalDeliveries=" + total + " duplicates=" + duplicates + " lost=" + (EVENTS - distinct);
            System.out.println(report);
            Files.writeString(target.resolve("crash-test.txt"), report + "\n");

            assertThat(distinct).as("events lost").isEqualTo(EVENTS);
            second.close();
        }
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (AppReplica app : started) {
            app.kill();
        }
    }

    /** The packaged app with its in-process broker, working in {@code work} (so a restart finds the journal). */
    private AppReplica start(Path jar, Path work, PardotEmulator emulator, int httpPort, int brokerPort, Path log)
            throws IOException {
        AppReplica app = AppReplica.start("crash-test", jar, work, emulator.baseUrl(), httpPort, Map.of(),
                List.of("-Dpardot.broker.port=" + brokerPort,
                        "-Dquarkus.log.category.\"dev.camelpardot.app.delivery.DeliveryRoutes\".level=WARN"), log);
        started.add(app);
        return app;
    }

    private static void writeEvents(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < EVENTS; i++) {
                out.write("{\"email\":\"person" + (i % 100) + "@example.com\",\"value\":\"" + PREFIX + i + "\"}\n");
            }
        }
    }

    private static long distinct(List<RecordedActivity> recorded) {
        Set<String> values = recorded.stream().map(RecordedActivity::value).filter(v -> v.startsWith(PREFIX))
                .collect(Collectors.toSet());
        return values.size();
    }


}
