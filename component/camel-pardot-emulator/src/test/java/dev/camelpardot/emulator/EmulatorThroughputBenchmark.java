package dev.camelpardot.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Not a test: measures how many external-activity creates per second the emulator serves at zero latency, so
 * that it is never what limits a benchmark of the component. N clients each keep one request in flight over
 * keep-alive HTTP/1.1 connections (JDK HttpClient, async). Run (see the module README):
 * <pre>
 * java -cp target/classes:target/test-classes dev.camelpardot.emulator.EmulatorThroughputBenchmark [--clients 50] [--seconds 10]
 * </pre>
 * With {@code --url http://host:port} it drives a separately started emulator (seeded through /emulator/setup).
 */
public final class EmulatorThroughputBenchmark {

    private EmulatorThroughputBenchmark() {
    }

    /**
     * On a machine with 2 cores the common pool has parallelism 1, so CompletableFuture's default async executor
     * starts a thread per task, and JDK 17's HttpClient.sendAsync completes every response through it: a new
     * thread per request. A parallelism of 2 or more avoids that. Must be set before CompletableFuture loads.
     */
    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) throws Exception {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, "4");
        }
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2) {
            System.out.println("warning: common pool parallelism < 2: HttpClient will start a thread per response");
        }
        int clients = 50;
        int seconds = 10;
        int warmupSeconds = 3;
        String url = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PardotEmulator emulator = null;
        if (url == null) {
            emulator = PardotEmulator.start(EmulatorConfig.defaults().maxInFlightPerBusinessUnit(0));
            url = emulator.baseUrl();
        }
        // the client's work stays on its selector thread: no hand-offs, so the client takes little of the 2 cores
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            TestHttp http = new TestHttp(url);
            if (emulator != null) {
                emulator.state().seedReadySetup("Benchmark", "Created");
            } else {
                http.send("POST", "/emulator/reset", null, null);
                http.send("POST", "/emulator/setup", "application/json", "{\"extension\":\"Benchmark\",\"types\":[\"Created\"]}");
                http.send("POST", "/emulator/config", "application/json", "{\"maxInFlightPerBusinessUnit\":0}");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v5/external-activities"))
                    .header("Authorization", "Bearer " + ApiClient.accessToken(http))
                    .header("Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.activity("Benchmark", "Created", "load@example.com",
                            "benchmark value")))
                    .build();

            Run warmup = run(client, request, clients, warmupSeconds);
            long cpuBefore = processCpuNanos();
            Run measured = run(client, request, clients, seconds);
            long cpu = processCpuNanos() - cpuBefore;
            System.out.printf("warm-up: %d creates in %d s%n", warmup.created, warmupSeconds);
            System.out.printf("clients=%d seconds=%d created=%d failed=%d -> %.0f creates/s%n",
                    clients, seconds, measured.created, measured.failed, measured.created / (double) seconds);
            System.out.printf("CPU per create (client and %s): %d µs%n", emulator != null ? "emulator in this JVM"
                    : "this JVM only", cpu / 1000 / Math.max(1, measured.created + measured.failed));
            if (emulator != null) {
                System.out.printf("emulator recorded %d activities, most in flight %d%n",
                        emulator.state().activityCount(), emulator.state().maxInFlight());
            }
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private record Run(long created, long failed) {
    }

    private static Run run(HttpClient client, HttpRequest request, int clients, int seconds) throws InterruptedException {
        LongAdder created = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            loop(client, request, running, created, failed, finished);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        finished.await();
        return new Run(created.sum(), failed.sum());
    }

    /** One client: sends the next request when the previous response has arrived. */
    private static void loop(HttpClient client, HttpRequest request, AtomicBoolean running, LongAdder created,
            LongAdder failed, CountDownLatch finished) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (running.get()) {
                if (error == null && response.statusCode() == 201) {
                    created.increment();
                } else {
                    failed.increment();
                }
                loop(client, request, running, created, failed, finished);
            } else {
                finished.countDown();
            }
        });
    }
}
