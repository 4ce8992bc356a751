package dev.camelpardot.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulator;

/**
 * Measures the packaged Quarkus app as its users run it: {@code java -Xmx256m -jar quarkus-run.jar} in production
 * mode against an emulator, itself a separate process (it keeps every activity it receives, which for a million
 * lines does not belong in this JVM's heap). Time to start is from process start until {@code /q/health/ready}
 * answers UP; RSS is read from {@code /proc/<pid>/status}; the NDJSON file is generated in {@code target/} and
 * moved into the app's inbox in one step; delivery ends when the emulator has recorded every line.
 */
final class QuarkusAppBenchmark {

    private static final String HEAP_LIMIT = "-Xmx256m";
    private static final String API_KEY = "benchmark-key";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(90);

    private final BenchmarkSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dir;

    private QuarkusAppBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
        this.dir = settings.workDir().resolve("quarkus-app-benchmark").toAbsolutePath();
    }

    static QuarkusFigures run(BenchmarkSettings settings) {
        if (settings.quarkus().equals("off")) {
            return QuarkusFigures.notMeasured("skipped (-Dbenchmark.quarkus=off)");
        }
        Path jar = settings.quarkusApp().toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            return QuarkusFigures.notMeasured("the app is not built (" + jar + " is missing; build it with"
                    + " ./mvnw -pl quarkus-app -am package -DskipTests)");
        }
        try {
            return new QuarkusAppBenchmark(settings).measure(jar);
        } catch (Exception e) {
            System.out.println("Quarkus app benchmark failed: " + e);
            return QuarkusFigures.notMeasured("the measurement failed: " + e);
        }
    }

    private QuarkusFigures measure(Path jar) throws Exception {
        long lines = settings.quarkusLines();
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("inbox"));
        Path file = generate(settings.workDir().toAbsolutePath().resolve("activities-" + lines + ".ndjson"), lines);
        int emulatorPort = freePort();
        int appPort = freePort();
        String emulatorUrl = "http://127.0.0.1:" + emulatorPort;
        Process emulator = startEmulator(emulatorPort);
        Process app = null;
        try {
            awaitHttp(emulatorUrl + "/emulator/state", START_TIMEOUT, emulator);
            long started = System.nanoTime();
            app = startApp(jar, emulatorUrl, appPort);
            String appUrl = "http://127.0.0.1:" + appPort;
            awaitReady(appUrl + "/q/health/ready", app);
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Quarkus app ready in %d ms%n", startMillis);
            Thread.sleep(3000);
            long rssIdle = ProcessMemory.rssMb(app.pid());

            JsonNode before = state(emulatorUrl);
            long tokensBefore = before.path("tokenRequests").path("total").asLong();
            long deliverStart = System.nanoTime();
            Files.move(file, dir.resolve("inbox").resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            List<Long> rssSamples = new ArrayList<>();
            long delivered = 0;
            long lastProgress = System.nanoTime();
            long lastPrint = 0;
            long deliverEnd = deliverStart;
            while (delivered < lines) {
                Thread.sleep(500);
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app exited with " + app.exitValue() + " (see " + log("app") + ")");
                }
                rssSamples.add(ProcessMemory.rssMb(app.pid()));
                long now = state(emulatorUrl).path("activityCount").asLong();
                if (now > delivered) {
                    delivered = now;
                    lastProgress = System.nanoTime();
                    deliverEnd = lastProgress;
                } else if (System.nanoTime() - lastProgress > STALL_TIMEOUT.toNanos()) {
                    System.out.printf("no progress for %d s; stopping at %d of %d%n", STALL_TIMEOUT.toSeconds(),
                            delivered, lines);
                    break;
                }
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  Quarkus app: %d of %d delivered, RSS %d MB%n", delivered, lines,
                            rssSamples.get(rssSamples.size() - 1));
                }
            }
            long peak = ProcessMemory.peakRssMb(app.pid());
            JsonNode after = state(emulatorUrl);
            long error66 = 0;
            var responses = after.path("responses").fields();
            while (responses.hasNext()) {
                var entry = responses.next();
                if (entry.getKey().endsWith("/66")) {
                    error66 += entry.getValue().asLong();
                }
            }
            double seconds = (deliverEnd - deliverStart) / 1e9;
            String status = get(appUrl + "/status");
            return new QuarkusFigures(true, "App status at the end: " + status, jar.toString(), HEAP_LIMIT,
                    startMillis, rssIdle, median(rssSamples), peak, lines, delivered,
                    Math.round(seconds * 10) / 10.0, Math.round(delivered / seconds * 10) / 10.0,
                    after.path("tokenRequests").path("total").asLong() - tokensBefore, error66);
        } finally {
            stop(app);
            stop(emulator);
            // the broker's journal and the delivered file take hundreds of MB; the logs stay
            deleteRecursively(dir.resolve("broker"));
            deleteRecursively(dir.resolve("inbox"));
        }
    }

    private Process startEmulator(int port) throws IOException {
        String emulatorJar = new File(PardotEmulator.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getAbsolutePath();
        List<String> command = List.of(java(), "-Xmx3g", "-Dsun.net.httpserver.nodelay=true", "-cp", emulatorJar,
                "dev.camelpardot.emulator.EmulatorMain", "--port", Integer.toString(port));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log("emulator").toFile()).start();
    }

    private Process startApp(Path jar, String emulatorUrl, int appPort) throws IOException {
        List<String> command = List.of(java(), HEAP_LIMIT,
                "-Dquarkus.http.port=" + appPort,
                "-Dpardot.mode=production",
                "-Dpardot.inbox=" + dir.resolve("inbox"),
                "-Dpardot.broker.data-dir=" + dir.resolve("broker"),
                "-Dpardot.broker.port=-1",
                "-Dpardot.ingress.api-keys=" + API_KEY,
                "-Dcamel.component.pardot.login-url=" + emulatorUrl,
                "-Dcamel.component.pardot.pardot-url=" + emulatorUrl,
                "-Dcamel.component.pardot.client-id=" + EmulatorDefaults.CLIENT_ID,
                "-Dcamel.component.pardot.client-secret=" + EmulatorDefaults.CLIENT_SECRET,
                "-Dcamel.component.pardot.refresh-token=" + EmulatorDefaults.REFRESH_TOKEN,
                "-Dcamel.component.pardot.business-unit-id=" + EmulatorDefaults.BUSINESS_UNIT_ID,
                "-jar", jar.toString());
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log("app").toFile()).start();
    }

    private void awaitReady(String url, Process app) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited with " + app.exitValue() + " (see " + log("app") + ")");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the app was not ready within " + START_TIMEOUT + " (see " + log("app") + ")");
    }

    private void awaitHttp(String url, Duration timeout, Process process) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                get(url);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("no answer from " + url);
    }

    private JsonNode state(String emulatorUrl) throws Exception {
        return mapper.readTree(get(emulatorUrl + "/emulator/state"));
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One activity per line; reused when a file of that size is already there. */
    private static Path generate(Path file, long lines) throws IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                out.write("{\"email\":\"prospect" + (i % 1000) + "@example.com\",\"value\":\"line " + i + "\"}\n");
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private Path log(String name) {
        return dir.resolve(name + ".log");
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static long median(List<Long> values) {
        List<Long> known = values.stream().filter(v -> v >= 0).sorted().toList();
        return known.isEmpty() ? -1 : known.get(known.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
