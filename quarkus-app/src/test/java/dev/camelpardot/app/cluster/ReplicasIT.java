package dev.camelpardot.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.camelpardot.app.broker.BrokerManagement;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulator;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three packaged app replicas share one standalone Artemis broker (the bin distribution, in its own process) and
 * deliver 3,000 events posted to all three, at 50 ms per call, while the replica that owns the slots is killed with
 * SIGKILL mid-delivery. What the emulator saw decides: never more than 5 requests in flight for the business unit, no
 * error 66, every event recorded, duplicates no more than the requests that were in flight at the kill; and the
 * survivors take the dead replica's slots over within 10 s. The figures go to target/replicas-test.txt.
 */
class ReplicasIT {

    private static final int EVENTS = 3_000;
    private static final int KILL_AFTER = 1_000;
    private static final int SLOTS = 5;
    private static final String BU = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final String EMEA = "0UvEMEA0000000001A";
    private static final String PREFIX = "replica-";

    private final List<AutoCloseable> running = new ArrayList<>();

    @Test
    void threeReplicasHoldTheCapTogetherAndSurviveTheKillOfOne() throws Exception {
        Path target = Path.of(System.getProperty("app.target", "target"));
        Path work = Files.createTempDirectory(target, "replicas-test-");

        PardotEmulator emulator = PardotEmulator.start(EmulatorConfig.defaults().latency(Duration.ofMillis(50)));
        running.add(emulator);
        // the documented recipe, as written: docs/operating-the-app.md, "Replicas on an external broker"
        ReplicasScript script = ReplicasScript.start(3, work, emulator.baseUrl());
        running.add(script);
        List<AppClient> replicas = script.apps();

        Instant posted = Instant.now();
        for (int batch = 0; batch < EVENTS / 500; batch++) {
            int first = batch * 500;
            assertThat(replicas.get(batch % 3).post(events(first, 500))).isEqualTo(202);
        }
        Wait.until(Duration.ofSeconds(120), () -> emulator.state().activityCount() >= KILL_AFTER, KILL_AFTER + " deliveries");

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(script.brokerUrl(), ArtemisBroker.USER,
                ArtemisBroker.PASSWORD); BrokerManagement management = new BrokerManagement(factory)) {
            Map<String, Long> atKill = slotDepths(management);
            Instant killed = Instant.now();
            script.kill(1);
            assertThatThrownBy(() -> replicas.get(0).get("/q/health/live")).as("the killed replica is gone")
                    .isInstanceOf(java.io.IOException.class);
            int deliveredAtKill = emulator.state().activityCount();

            // each slot that still had events is served again: by a survivor, after the takeover grace
            Map<String, Long> depths = atKill;
            while (depths.entrySet().stream().anyMatch(e -> e.getValue() > 0 && e.getValue() >= atKill.get(e.getKey()))) {
                assertThat(Duration.between(killed, Instant.now())).as("slots taken over").isLessThan(Duration.ofSeconds(10));
                Thread.sleep(100);
                depths = slotDepths(management);
            }
            Duration takeover = Duration.between(killed, Instant.now());

            Wait.until(Duration.ofSeconds(180), () -> distinct(emulator.state().activities()) >= EVENTS, "every event");
            Duration delivery = Duration.between(posted, Instant.now());
            Thread.sleep(2_000); // late duplicates, if any, land before counting

            List<RecordedActivity> recorded = emulator.state().activities();
            long distinct = distinct(recorded);
            long duplicates = recorded.stream().filter(a -> a.value().startsWith(PREFIX)).count() - distinct;
            long error66 = emulator.state().responseCount(429, 66);
            int maxInFlight = emulator.state().maxInFlight(BU);
            long deadLetters = management.messageCount(Queues.DEAD_LETTERS);
            String report = String.format("replicas test: events=%d replicas=3 latency=50ms deliveredAtKill=%d"
                    + " distinct=%d duplicates=%d lost=%d maxInFlight=%d error66=%d deadLetters=%d takeover=%.1fs"
                    + " elapsed=%.1fs (%.1f events/s with a kill and a %s grace in it; ceiling 100/s)%n", EVENTS,
                    deliveredAtKill, distinct, duplicates, EVENTS - distinct, maxInFlight, error66, deadLetters,
                    takeover.toMillis() / 1000.0, delivery.toMillis() / 1000.0, EVENTS * 1000.0 / delivery.toMillis(),
                    "3 s");
            System.out.print(report);
            Files.writeString(target.resolve("replicas-test.txt"), report);

            assertThat(distinct).as("events lost").isEqualTo(EVENTS);
            assertThat(duplicates).as("duplicates: at most the requests in flight at the kill").isLessThanOrEqualTo(SLOTS);
            assertThat(maxInFlight).as("most requests in flight for the business unit, all replicas").isLessThanOrEqualTo(SLOTS);
            assertThat(error66).as("error 66 responses").isZero();
            assertThat(deadLetters).isZero();
        }
    }

    @Test
    void anOutageSeenByThreeReplicasForTwoUnitsCostsFewCallsAndDeadLettersNothing() throws Exception {
        Path target = Path.of(System.getProperty("app.target", "target"));
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory(target, "replicas-outage-test-");
        PardotEmulator emulator = PardotEmulator.start(EmulatorConfig.defaults().latency(Duration.ofMillis(20)));
        running.add(emulator);
        emulator.state().addBusinessUnit(EMEA, "EMEA");
        ArtemisBroker broker = ArtemisBroker.start(work, Ports.free(), target.resolve("replicas-outage-broker.log"));
        running.add(broker);
        List<AppReplica> replicas = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            AppReplica replica = AppReplica.start("replica-" + i, jar, work.resolve("replica-" + i), emulator.baseUrl(),
                    Ports.free(), broker.appEnvironment(), List.of("-Dpardot.business-units=" + EMEA,
                            "-Dpardot.delivery.max-attempts=3",
                            "-Dquarkus.log.category.\"dev.camelpardot.app.delivery.DeliveryRoutes\".level=WARN"),
                    target.resolve("replicas-outage-" + i + ".log"));
            running.add(replica);
            replicas.add(replica);
        }
        for (AppReplica replica : replicas) {
            replica.awaitReady(Duration.ofSeconds(90));
        }

        emulator.config().failureRate503(1.0);
        long callsBefore = emulator.state().responseCount(503);
        for (int batch = 0; batch < 6; batch++) {
            String unit = batch % 2 == 0 ? BU : EMEA;
            assertThat(replicas.get(batch % 3).post(events(batch * 50, 50, unit))).isEqualTo(202);
        }
        Thread.sleep(30_000);
        long calls = emulator.state().responseCount(503) - callsBefore;
        assertThat(distinct(emulator.state().activities())).isZero();
        emulator.config().failureRate503(0.0);
        Instant recovered = Instant.now();

        Wait.until(Duration.ofSeconds(60), () -> distinct(emulator.state().activities()) >= 300,
                "every event within 60 s of the recovery");
        Duration afterRecovery = Duration.between(recovered, Instant.now());
        String deadLetters = replicas.get(1).get("/dlq").body();
        String report = String.format("replicas outage test: events=300 units=2 replicas=3 outage=30s callsDuringOutage=%d"
                + " deliveredAfterRecovery=%.1fs maxInFlight=%s%n", calls, afterRecovery.toMillis() / 1000.0,
                emulator.state().maxInFlightByBusinessUnit());
        System.out.print(report);
        Files.writeString(target.resolve("replicas-outage-test.txt"), report);

        assertThat(deadLetters).as("nothing dead-lettered").contains("\"total\":0");
        // per replica and unit, at most: five failures in a row and the four other slots in flight when the fifth
        // failed, then one probe per probe interval (15 s) of the 30 s
        assertThat(calls).as("calls spent during the 30 s outage").isLessThanOrEqualTo(3 * 2 * (5 + 4 + 3));
        assertThat(emulator.state().maxInFlight(BU)).isLessThanOrEqualTo(SLOTS);
        assertThat(emulator.state().maxInFlight(EMEA)).isLessThanOrEqualTo(SLOTS);
        assertThat(emulator.state().activities()).filteredOn(a -> a.businessUnitId().equals(EMEA)).hasSize(150);
    }

    @AfterEach
    void stopEverything() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                // best effort: the next resource still gets stopped
            }
        }
    }

    private static Map<String, Long> slotDepths(BrokerManagement management) {
        Map<String, Long> depths = new HashMap<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            String queue = Queues.delivery(BU, slot);
            depths.put(queue, management.messageCount(queue));
        }
        return depths;
    }

    private static String events(int first, int count) {
        return events(first, count, BU);
    }

    private static String events(int first, int count, String businessUnitId) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> "{\"email\":\"person" + (i % 100) + "@example.com\",\"value\":\"" + PREFIX + i
                               + "\",\"businessUnitId\":\"" + businessUnitId + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static long distinct(List<RecordedActivity> recorded) {
        Set<String> values = recorded.stream().map(RecordedActivity::value).filter(v -> v.startsWith(PREFIX))
                .collect(Collectors.toSet());
        return values.size();
    }


}
