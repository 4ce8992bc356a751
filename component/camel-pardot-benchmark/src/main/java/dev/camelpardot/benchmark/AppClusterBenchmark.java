package dev.camelpardot.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelpardot.app.cluster.AppReplica;
import dev.camelpardot.app.cluster.ArtemisBroker;
import dev.camelpardot.app.cluster.Ports;
import dev.camelpardot.app.cluster.Wait;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulator;
import dev.camelpardot.emulator.RecordedActivity;

/**
 * Measures the packaged app's delivery path against the emulator of this run: one instance (in-process broker) and
 * three replicas (one standalone Artemis broker from the bin distribution), at 50 and 100 ms per call, then a 90 s
 * outage. What the emulator recorded decides every figure: when each event arrived, the most requests in flight,
 * error 66. Skipped with {@code -Dbenchmark.appCluster=off}.
 */
final class AppClusterBenchmark {

    private static final String BU = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final int SLOTS = 5;
    private static final int BATCH = 500;
    private static final int WARM_UP = 3_000;
    private static final Duration START = Duration.ofSeconds(120);

    private final BenchmarkSettings settings;
    private final PardotEmulator emulator;
    private final Path jar;
    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private int runNumber;

    private AppClusterBenchmark(BenchmarkSettings settings, PardotEmulator emulator, Path jar) {
        this.settings = settings;
        this.emulator = emulator;
        this.jar = jar;
        this.dir = settings.workDir().resolve("app-cluster-benchmark").toAbsolutePath();
    }

    static AppClusterFigures run(BenchmarkSettings settings, PardotEmulator emulator) {
        if ("off".equals(System.getProperty("benchmark.appCluster", "auto"))) {
            return AppClusterFigures.notMeasured("skipped (-Dbenchmark.appCluster=off)");
        }
        Path jar = settings.quarkusApp().toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            return AppClusterFigures.notMeasured("the app is not built (" + jar + " is missing)");
        }
        try {
            return new AppClusterBenchmark(settings, emulator, jar).measure();
        } catch (Exception e) {
            System.out.println("app cluster benchmark failed: " + e);
            return AppClusterFigures.notMeasured("the measurement failed: " + e);
        }
    }

    private AppClusterFigures measure() throws Exception {
        Files.createDirectories(dir);
        AppRuns selection = AppRuns.fromSystemProperties();
        List<AppClusterFigures.Run> runs = new ArrayList<>();
        for (AppRuns.Run selected : selection.runs()) {
            AppClusterFigures.Run run = deliver(selected.instances(), selected.latencyMillis());
            System.out.printf("app x%d at %d ms: %.1f events/s (%.3f of the ceiling; %.1f/s steady), e66 %d, max in"
                              + " flight %d, queued to answered p50 %.0f ms p99 %.0f ms%n", run.instances(),
                    run.latencyMillis(), run.eventsPerSecond(), run.ratioToCeiling(), run.steadyEventsPerSecond(),
                    run.error66(), run.maxInFlight(), run.p50Millis(), run.p99Millis());
            runs.add(run);
        }
        if (!selection.outage()) {
            return new AppClusterFigures(true, null, runs, null);
        }
        AppClusterFigures.Outage outage = outage();
        System.out.printf("app outage: %d s, %d events, %d calls, %d dead letters, all delivered %.1f s after%n",
                outage.outageSeconds(), outage.events(), outage.callsDuringOutage(), outage.deadLetters(),
                outage.secondsToDeliverAfterRecovery());
        return new AppClusterFigures(true, null, runs, outage);
    }

    private AppClusterFigures.Run deliver(int instances, int latencyMillis) throws Exception {
        double ceiling = SLOTS * 1000.0 / latencyMillis;
        int events = scaled((int) (ceiling * 30));
        // 80 % of the ceiling, in ten small posts a second, so that the wait is the delivery's, not the batch's
        int perPost = (int) Math.round(ceiling * 0.8 / 10);
        int pacedSeconds = Math.max(3, (int) Math.round(15 * Math.min(1.0, settings.scale())));
        fresh(Duration.ofMillis(latencyMillis));
        try (Cluster cluster = Cluster.start(this, instances, List.of())) {
            warmUp(cluster, Duration.ofMillis(latencyMillis));
            long error66Before = emulator.state().responseCount(429, 66);
            String prefix = "burst-" + runNumber + "-";
            for (int first = 0; first < events; first += BATCH) {
                cluster.post(first / BATCH, payload(prefix, first, Math.min(BATCH, events - first)));
            }
            awaitDelivered(prefix, events, Duration.ofSeconds((long) (events / ceiling * 4) + 60));
            List<Instant> arrivals = arrivals(prefix);
            double seconds = Duration.between(arrivals.get(0), arrivals.get(arrivals.size() - 1)).toNanos() / 1e9;
            double rate = (arrivals.size() - 1) / seconds;
            // the middle 80 %: without the start-up and the last events of slots that finish at different moments
            int from = arrivals.size() / 10;
            int to = arrivals.size() * 9 / 10;
            double steady = (to - from) / (Duration.between(arrivals.get(from), arrivals.get(to)).toNanos() / 1e9);
            long duplicates = recorded(prefix).size() - arrivals.size();

            String paced = "paced-" + runNumber + "-";
            Map<Integer, Instant> queuedAt = new HashMap<>();
            long tick = System.nanoTime();
            int posts = pacedSeconds * 10;
            for (int post = 0; post < posts; post++) {
                tick += 100_000_000L;
                int first = post * perPost;
                cluster.post(post, payload(paced, first, perPost));
                Instant queued = Instant.now();
                IntStream.range(first, first + perPost).forEach(i -> queuedAt.put(i, queued));
                Thread.sleep(Math.max(0, (tick - System.nanoTime()) / 1_000_000));
            }
            int pacedEvents = posts * perPost;
            awaitDelivered(paced, pacedEvents, Duration.ofSeconds(60));
            // the emulator records an activity as the request arrives and answers latency after that
            List<Double> latencies = recorded(paced).stream()
                    .map(a -> Duration.between(queuedAt.get(number(a, paced)), a.recordedAt()).toNanos() / 1e6
                              + latencyMillis)
                    .sorted().toList();
            long error66 = emulator.state().responseCount(429, 66) - error66Before;
            return new AppClusterFigures.Run(instances, latencyMillis, ceiling, events, round(rate),
                    Math.round(rate / ceiling * 1000) / 1000.0, round(steady), error66,
                    emulator.state().maxInFlight(BU), duplicates, events - arrivals.size(), pacedEvents,
                    round(percentile(latencies, 0.50)), round(percentile(latencies, 0.99)));
        }
    }

    private AppClusterFigures.Outage outage() throws Exception {
        int events = 300;
        int outageSeconds = Math.max(10, (int) Math.round(90 * Math.min(1.0, settings.scale())));
        fresh(Duration.ofMillis(20));
        try (Cluster cluster = Cluster.start(this, 1, List.of("-Dpardot.delivery.max-attempts=3"))) {
            String prefix = "outage-" + runNumber + "-";
            emulator.config().failureRate503(1.0);
            long before = emulator.state().responseCount(503);
            cluster.post(0, payload(prefix, 0, events));
            Thread.sleep(outageSeconds * 1000L);
            long calls = emulator.state().responseCount(503) - before;
            emulator.config().failureRate503(0.0);
            Instant recovered = Instant.now();
            awaitDelivered(prefix, events, Duration.ofSeconds(120));
            double after = Duration.between(recovered, Instant.now()).toMillis() / 1000.0;
            long deadLetters = mapper.readTree(cluster.replicas.get(0).get("/status").body()).path("deadLetters").asLong();
            return new AppClusterFigures.Outage(1, outageSeconds, events, 3, calls, deadLetters, after,
                    events - arrivals(prefix).size());
        } finally {
            emulator.config().failureRate503(0.0);
        }
    }

    /**
     * The processes warm, as the contenders are before they are measured: a fresh JVM runs its first thousand calls
     * several milliseconds slower each (JIT), which a 30 s burst would count against the delivery path. The warm-up
     * answers at once, so it takes a few seconds; the most in flight the emulator reports includes it.
     */
    private void warmUp(Cluster cluster, Duration latency) throws Exception {
        String prefix = "warm-up-" + runNumber + "-";
        emulator.config().latency(Duration.ZERO);
        for (int first = 0; first < WARM_UP; first += BATCH) {
            cluster.post(first / BATCH, payload(prefix, first, BATCH));
        }
        awaitDelivered(prefix, WARM_UP, Duration.ofSeconds(120));
        emulator.config().latency(latency);
    }

    /** A clean emulator: nothing recorded, no setup (each app run ensures it), the scenario's latency. */
    private void fresh(Duration latency) {
        emulator.reset();
        emulator.config().latency(latency).jitter(Duration.ZERO).maxInFlightPerBusinessUnit(SLOTS).dailyLimit(0)
                .tokenMaxCalls(0).failureRate503(0).failureRate183(0).dropConnectionRate(0);
        runNumber++;
    }

    /**
     * Looks at the count of activities until it is high enough, and only then at the prefix's: the emulator shares
     * this JVM, and going through every recorded activity ten times a second would take CPU from it.
     */
    private void awaitDelivered(String prefix, int events, Duration limit) throws InterruptedException {
        int others = emulator.state().activityCount() - recorded(prefix).size();
        Wait.until(limit, () -> emulator.state().activityCount() - others >= events
                                && arrivals(prefix).size() >= events, events + " events with prefix " + prefix);
    }

    private List<RecordedActivity> recorded(String prefix) {
        return emulator.state().activities().stream().filter(a -> a.value().startsWith(prefix)).toList();
    }

    /** When each distinct event was first recorded, in order. */
    private List<Instant> arrivals(String prefix) {
        Map<String, Instant> first = new HashMap<>();
        for (RecordedActivity a : recorded(prefix)) {
            first.merge(a.value(), a.recordedAt(), (x, y) -> x.isBefore(y) ? x : y);
        }
        return first.values().stream().sorted().toList();
    }

    private static int number(RecordedActivity activity, String prefix) {
        return Integer.parseInt(activity.value().substring(prefix.length()));
    }

    private static String payload(String prefix, int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> "{\"email\":\"person" + (i % 100) + "@example.com\",\"value\":\"" + prefix + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private int scaled(int events) {
        return Math.max(100, (int) Math.round(events * settings.scale()));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The broker (for more than one instance) and the replicas of one run, stopped together. */
    private static final class Cluster implements AutoCloseable {
        private final List<AppReplica> replicas = new ArrayList<>();
        private ArtemisBroker broker;

        static Cluster start(AppClusterBenchmark bench, int instances, List<String> extra) throws Exception {
            Cluster cluster = new Cluster();
            try {
                Path runDir = bench.dir.resolve("run-" + bench.runNumber);
                Map<String, String> env = Map.of();
                List<String> properties = new ArrayList<>(List.of(
                        "-Dquarkus.log.category.\"dev.camelpardot.app.delivery.DeliveryRoutes\".level=WARN"));
                properties.addAll(extra);
                if (instances > 1) {
                    System.setProperty("artemis.home", System.getProperty("benchmark.artemisHome", ""));
                    cluster.broker = ArtemisBroker.start(runDir, Ports.free(), runDir.resolve("broker.log"));
                    env = cluster.broker.appEnvironment();
                } else {
                    properties.add("-Dpardot.broker.port=-1");
                }
                for (int i = 1; i <= instances; i++) {
                    AppReplica replica = AppReplica.start("app-" + i, bench.jar, runDir.resolve("app-" + i),
                            bench.emulator.baseUrl(), Ports.free(), env, properties, runDir.resolve("app-" + i + ".log"));
                    cluster.replicas.add(replica);
                    if (i == 1) {
                        // the first to consume owns the slots, as in an operator's rolling start
                        replica.awaitReady(START);
                    }
                }
                for (AppReplica replica : cluster.replicas) {
                    replica.awaitReady(START);
                }
                return cluster;
            } catch (Exception e) {
                cluster.close();
                throw e;
            }
        }

        void post(int batch, String json) throws Exception {
            int status = replicas.get(batch % replicas.size()).post(json);
            if (status != 202) {
                throw new IllegalStateException("POST /activities answered " + status);
            }
        }

        @Override
        public void close() throws Exception {
            for (AppReplica replica : replicas) {
                replica.close();
            }
            if (broker != null) {
                broker.close();
            }
        }
    }
}
