package dev.camelpardot.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Contender A, the floor of overhead: the JDK {@link HttpClient} used directly and asynchronously, a hand-written
 * JSON body, one cached token refreshed once however many requests report it stale, backoff retries on a timer.
 * No thread waits for a response.
 */
final class RawHttpClientContender implements Contender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LongAdder retries = new LongAdder();
    private HttpClient client;
    private ScheduledExecutorService timer;
    private Target target;
    private URI activities;
    private volatile String authorization;
    private CompletableFuture<String> refreshing; // guarded by this

    @Override
    public String id() {
        return "A";
    }

    @Override
    public String description() {
        return "raw JDK HttpClient, async, cached token";
    }

    @Override
    public void start(Target target) {
        this.target = target;
        this.activities = URI.create(target.activitiesUrl());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "raw-client-retry-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.authorization = fetchToken().join();
    }

    @Override
    public boolean send(Map<String, Object> body, Completion done) {
        String json = json(body);
        attempt(json, 0, false, done);
        return false;
    }

    private void attempt(String json, int retry, boolean refreshed, Completion done) {
        String usedAuthorization = authorization;
        HttpRequest request = HttpRequest.newBuilder(activities)
                .timeout(TIMEOUT)
                .header("Authorization", usedAuthorization)
                .header("Pardot-Business-Unit-Id", target.businessUnitId())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                done.done(false, failure);
                return;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                done.done(false, null);
            } else if (!refreshed && RetryRules.isExpiredToken(status, response.body())) {
                refresh(usedAuthorization).whenComplete((fresh, refreshFailure) -> {
                    if (refreshFailure != null) {
                        done.done(false, refreshFailure);
                    } else {
                        attempt(json, retry, true, done);
                    }
                });
            } else if (RetryRules.isTransient(status) && retry < RetryRules.MAX_RETRIES) {
                retries.increment();
                timer.schedule(() -> attempt(json, retry + 1, refreshed, done), RetryRules.delayMillis(retry),
                        TimeUnit.MILLISECONDS);
            } else {
                done.done(false, new IllegalStateException("HTTP " + status + ": " + response.body()));
            }
        });
    }

    /** One token request however many callers found the same token stale. */
    private synchronized CompletableFuture<String> refresh(String stale) {
        if (!stale.equals(authorization)) {
            return CompletableFuture.completedFuture(authorization);
        }
        if (refreshing == null) {
            refreshing = fetchToken().whenComplete((fresh, failure) -> {
                synchronized (this) {
                    if (fresh != null) {
                        authorization = fresh;
                    }
                    refreshing = null;
                }
            });
        }
        return refreshing;
    }

    private CompletableFuture<String> fetchToken() {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(target.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(target.clientSecret(), StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(target.refreshToken(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.tokenUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request failed: HTTP " + response.statusCode());
            }
            return "Bearer " + MiniJson.stringField(response.body(), "access_token");
        });
    }

    private String json(Map<String, Object> body) {
        StringBuilder json = new StringBuilder(160);
        json.append('{');
        MiniJson.field(json, "extension", target.extension()).append(',');
        MiniJson.field(json, "type", target.type()).append(',');
        MiniJson.field(json, "email", String.valueOf(body.get("email"))).append(',');
        MiniJson.field(json, "value", String.valueOf(body.get("value")));
        return json.append('}').toString();
    }

    @Override
    public long retries() {
        return retries.sum();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        // HttpClient has no close() on Java 17; it is released when unreachable
        client = null;
    }
}
