package dev.camelpardot.api;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HttpTransportTest {

    private static final String PROXY_PASSWORD = "proxy-password-value";

    @Test
    void completesOnItsOwnWorkerThreads() throws Exception {
        // the answer waits until the stage is attached: a stage attached to a completed future runs on this thread
        java.util.concurrent.CountDownLatch attached = new java.util.concurrent.CountDownLatch(1);
        try (StubServer server = StubServer.start(request -> {
            try {
                attached.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubServer.Answer.text(200, "ok");
        });
             HttpTransport transport = TestThreads.transport(TransportSettings.defaults())) {
            java.util.concurrent.CompletableFuture<String> thread = transport
                    .send(transport.newRequest(URI.create(server.baseUrl() + "/x")).build())
                    .thenApply(response -> Thread.currentThread().getName());
            attached.countDown();
            assertThat(thread.get(30, TimeUnit.SECONDS)).startsWith("test-worker-");
        }
    }

    @Test
    void delaysWithoutBlockingAndResumesOnAWorker() throws Exception {
        try (HttpTransport transport = TestThreads.transport(TransportSettings.defaults())) {
            // a long delay is pending, not slept: the call returns at once
            CompletableFuture<Void> later = transport.delay(Duration.ofHours(1));
            assertThat(later).isNotDone();
            // long enough for the stage to be attached before the delay ends (a stage attached to a completed future
            // runs on the caller's thread, which would prove nothing); a 1 ms delay raced with the attachment
            assertThat(transport.delay(Duration.ofMillis(200)).thenApply(v -> transport.isWorkerThread())
                    .get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(later).isNotDone();
        }
    }

    @Test
    void sendsProxyCredentialsToTheProxyAndLeaves401sToTheCaller() throws Exception {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (StubServer proxy = StubServer.start(request -> {
            if (!expected.equals(request.header("Proxy-Authorization"))) {
                return new StubServer.Answer(407, "", Map.of("Proxy-Authenticate", "Basic realm=\"proxy\""));
            }
            if (request.uri().endsWith("/expired-token")) {
                // what Account Engagement sends for a stale token: a 401 without WWW-Authenticate
                return StubServer.Answer.json(401, "{\"code\":184,\"message\":\"access_token is invalid\"}");
            }
            return StubServer.Answer.text(200, "proxied " + request.uri());
        })) {
            int port = Integer.parseInt(proxy.baseUrl().substring(proxy.baseUrl().lastIndexOf(':') + 1));
            try (HttpTransport transport = TestThreads.transport(new TransportSettings(null, null, "127.0.0.1", port,
                    "proxy-user", PROXY_PASSWORD, null));
                 HttpTransport wrongPassword = TestThreads.transport(new TransportSettings(null, null, "127.0.0.1", port,
                         "proxy-user", "wrong", null))) {
                // the target host is never resolved or contacted: the proxy answers for it
                HttpResponse<String> proxied = transport.send(transport.newRequest(
                        URI.create("http://pardot.invalid/api/v5/external-activities")).build()).get(30, TimeUnit.SECONDS);
                assertThat(proxied.statusCode()).isEqualTo(200);
                assertThat(proxied.body()).isEqualTo("proxied http://pardot.invalid/api/v5/external-activities");

                HttpResponse<String> expired = transport.send(transport.newRequest(
                        URI.create("http://pardot.invalid/expired-token")).header("Authorization", "Bearer x").build())
                        .get(30, TimeUnit.SECONDS);
                assertThat(expired.statusCode()).isEqualTo(401);

                HttpResponse<String> refused = wrongPassword.send(wrongPassword.newRequest(
                        URI.create("http://pardot.invalid/x")).build()).get(30, TimeUnit.SECONDS);
                assertThat(refused.statusCode()).isEqualTo(407);
            }
        }
        assertThat(settingsString()).doesNotContain(PROXY_PASSWORD).contains("proxyPassword=****");
    }

    @Test
    void sendsNoProxyHeaderWithoutAProxy() throws Exception {
        try (StubServer server = StubServer.start(request -> StubServer.Answer.text(200, "ok"));
             HttpTransport transport = TestThreads.transport(TransportSettings.defaults())) {
            transport.send(transport.newRequest(URI.create(server.baseUrl() + "/x")).build()).get(30, TimeUnit.SECONDS);
            assertThat(server.requests().get(0).header("Proxy-Authorization")).isNull();
        }
    }

    private static String settingsString() {
        return new TransportSettings(null, null, "proxy.example.com", 3128, "proxy-user", PROXY_PASSWORD, null).toString();
    }

    @Test
    void requestTimeoutIsATimeoutAndRefusedConnectionIsNotSent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer slow = StubServer.start(request -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubServer.Answer.text(200, "late");
        });
             HttpTransport transport = TestThreads.transport(TransportSettings.defaults()
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200)))) {
            Throwable timeout = catchThrowable(() -> transport.send(transport.newRequest(
                    URI.create(slow.baseUrl() + "/slow")).build()).join());
            release.countDown();
            assertThat(Futures.unwrap(timeout)).isInstanceOf(HttpTimeoutException.class);
            assertThat(FailureKind.classify(timeout)).isEqualTo(FailureKind.TIMED_OUT);

            Throwable refused = catchThrowable(() -> transport.send(transport.newRequest(
                    URI.create("http://127.0.0.1:" + StubServer.closedPort() + "/")).build()).join());
            assertThat(Futures.unwrap(refused)).isInstanceOf(ConnectException.class);
            assertThat(FailureKind.classify(refused)).isEqualTo(FailureKind.NOT_SENT);
        }
    }
}
