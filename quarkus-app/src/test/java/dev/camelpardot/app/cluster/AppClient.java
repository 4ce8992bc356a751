package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The HTTP side of a running app: post events, read /status, /dlq, readiness. */
public final class AppClient {

    public static final String API_KEY = "replica-test-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int httpPort;

    public AppClient(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
    }

    /** Waits until readiness answers UP, or fails when {@code alive} says the process ended. */
    public void awaitReady(Duration limit, BooleanSupplier alive) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(name + " ended at start");
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }
}
