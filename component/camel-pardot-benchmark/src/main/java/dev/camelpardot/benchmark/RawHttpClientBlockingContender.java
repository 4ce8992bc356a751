package dev.camelpardot.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Optional contender A2 (not in the default set): the JDK {@link HttpClient} with its blocking {@code send()}, one
 * thread per message in flight (the driver's 5 lane threads), retries slept. It exists to measure what the async
 * path of the JDK client costs on small machines: {@code sendAsync} hands every response to
 * {@code CompletableFuture}'s default executor, which with fewer than 2 usable cores for the common pool starts a
 * new thread per task; {@code send()} does not.
 */
final class RawHttpClientBlockingContender implements Contender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LongAdder retries = new LongAdder();
    private HttpClient client;
    private Target target;
    private URI activities;
    private volatile String authorization;

    @Override
    public String id() {
        return "A2";
    }

    @Override
    public String description() {
        return "raw JDK HttpClient, blocking send() on 5 threads";
    }

    @Override
    public void start(Target target) throws Exception {
        this.target = target;
        this.activities = URI.create(target.activitiesUrl());
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.authorization = fetchToken();
    }

    @Override
    public boolean send(Map<String, Object> body, Completion done) {
        StringBuilder json = new StringBuilder(160).append('{');
        MiniJson.field(json, "extension", target.extension()).append(',');
        MiniJson.field(json, "type", target.type()).append(',');
        MiniJson.field(json, "email", String.valueOf(body.get("email"))).append(',');
        MiniJson.field(json, "value", String.valueOf(body.get("value"))).append('}');
        try {
            deliver(json.toString());
            done.done(true, null);
        } catch (Exception e) {
            done.done(true, e);
        }
        return true;
    }

    private void deliver(String json) throws IOException, InterruptedException {
        boolean refreshed = false;
        int retry = 0;
        while (true) {
            String used = authorization;
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(activities)
                    .timeout(TIMEOUT)
                    .header("Authorization", used)
                    .header("Pardot-Business-Unit-Id", target.businessUnitId())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return;
            }
            if (!refreshed && RetryRules.isExpiredToken(status, response.body())) {
                refreshed = true;
                refresh(used);
            } else if (RetryRules.isTransient(status) && retry < RetryRules.MAX_RETRIES) {
                retries.increment();
                Thread.sleep(RetryRules.delayMillis(retry++));
            } else {
                throw new IllegalStateException("HTTP " + status + ": " + response.body());
            }
        }
    }

    private synchronized void refresh(String stale) throws IOException, InterruptedException {
        if (stale.equals(authorization)) {
            authorization = fetchToken();
        }
    }

    private String fetchToken() throws IOException, InterruptedException {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(target.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(target.clientSecret(), StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(target.refreshToken(), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(target.tokenUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: HTTP " + response.statusCode());
        }
        return "Bearer " + MiniJson.stringField(response.body(), "access_token");
    }

    @Override
    public long retries() {
        return retries.sum();
    }

    @Override
    public void close() {
        client = null;
    }
}
