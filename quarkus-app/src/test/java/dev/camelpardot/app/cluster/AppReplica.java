package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.emulator.EmulatorDefaults;

/**
 * The packaged app ({@code java -jar quarkus-run.jar}) in production mode against an emulator, configured the way a
 * deployment is: environment variables. Its own working directory holds its data (in-process broker journal, inbox).
 */
public final class AppReplica implements AutoCloseable {

    public static final String API_KEY = "replica-test-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int httpPort;

    private AppReplica(String name, Process process, int httpPort) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
    }

    /**
     * @param environment extra variables (e.g. the external broker's); settings the test needs on top as -D options
     */
    public static AppReplica start(String name, Path jar, Path workDir, String emulatorUrl, int httpPort,
                                   Map<String, String> environment, List<String> systemProperties, Path log)
            throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + httpPort));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("CAMEL_COMPONENT_PARDOT_LOGIN_URL", emulatorUrl);
        env.put("CAMEL_COMPONENT_PARDOT_PARDOT_URL", emulatorUrl);
        env.put("CAMEL_COMPONENT_PARDOT_CLIENT_ID", EmulatorDefaults.CLIENT_ID);
        env.put("CAMEL_COMPONENT_PARDOT_CLIENT_SECRET", EmulatorDefaults.CLIENT_SECRET);
        env.put("CAMEL_COMPONENT_PARDOT_REFRESH_TOKEN", EmulatorDefaults.REFRESH_TOKEN);
        env.put("CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID", EmulatorDefaults.BUSINESS_UNIT_ID);
        env.put("PARDOT_INGRESS_API_KEYS", API_KEY);
        env.putAll(environment);
        return new AppReplica(name, builder.start(), httpPort);
    }

    /** Waits until readiness answers UP. */
    public AppReplica awaitReady(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended at start (exit " + process.exitValue() + ")");
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + limit.toSeconds() + " s");
    }

    /** POSTs a JSON body to /activities; returns the status. */
    public int post(String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri("/activities")).header("X-Api-Key", API_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no acknowledgement, no goodbye to the broker. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    /** SIGTERM, the graceful stop; SIGKILL if it takes longer than 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }
}
