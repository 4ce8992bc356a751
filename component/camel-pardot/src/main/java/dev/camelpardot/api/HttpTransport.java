package dev.camelpardot.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK {@link HttpClient} (HTTP/1.1) with connect and request timeouts, an optional proxy with Basic authentication
 * and an optional SSL context, running on {@link WorkerThreads} it is lent: every future it returns completes on a
 * worker, never on the thread that called, and delays are scheduled instead of slept. Async to its callers: the
 * blocking JDK send runs on a worker (see {@link #send}). The JDK client gets no threads of its own besides its
 * selector thread, which it always starts itself.
 * <p>
 * Proxy note: for HTTPS through a proxy that wants Basic authentication, the JDK only sends the credentials on the
 * CONNECT request when the system property {@code jdk.http.auth.tunneling.disabledSchemes} is set to {@code ""}
 * (its default disables Basic for tunnels).
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final TransportSettings settings;
    private final WorkerThreads threads;
    private final HttpClient client;
    private final String proxyAuthorization;
    private volatile boolean closed;

    public HttpTransport(TransportSettings settings, WorkerThreads threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.threads = Objects.requireNonNull(threads, "threads");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // The JDK hands the work its selector thread must not do itself (completing futures, feeding body
                // subscribers) to this executor, to keep user callbacks off that thread. There are none here: only the
                // JDK's own String subscriber and the future that a blocked worker waits on. Running them in place
                // saves a thread wake-up per response, the largest CPU cost per message (docs/benchmarks.md).
                .executor(Runnable::run);
        if (settings.hasProxy()) {
            // unresolved: the proxy name is looked up when connecting, not once at start
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(settings.proxyHost(), settings.proxyPort())));
        }
        // Proxy credentials go in a preemptive Proxy-Authorization header, not a java.net.Authenticator: with an
        // Authenticator installed, the JDK 17 client turns every 401 that lacks WWW-Authenticate (Account
        // Engagement's 184, Tooling's INVALID_SESSION_ID) into an IOException, which would defeat the token refresh.
        // The client sends the header to the proxy only, never to the server behind an HTTPS tunnel.
        this.proxyAuthorization = settings.hasProxy() && settings.proxyUsername() != null
                ? "Basic " + Base64.getEncoder().encodeToString((settings.proxyUsername() + ":"
                        + Objects.requireNonNullElse(settings.proxyPassword(), "")).getBytes(StandardCharsets.UTF_8))
                : null;
        if (settings.sslContext() != null) {
            builder.sslContext(settings.sslContext());
        }
        this.client = builder.build();
        LOG.debug("HTTP transport started: {}", settings);
    }

    public TransportSettings settings() {
        return settings;
    }

    /** A request builder for {@code uri} with the per-request timeout (and proxy credentials) already applied. */
    public HttpRequest.Builder newRequest(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout());
        if (proxyAuthorization != null) {
            builder.header("Proxy-Authorization", proxyAuthorization);
        }
        return builder;
    }

    /**
     * Sends {@code request}; the future completes on a worker thread with the response (any status), or
     * exceptionally with the transport's {@link java.io.IOException} (e.g. {@link java.net.ConnectException},
     * {@link java.net.http.HttpTimeoutException}).
     */
    public CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new IllegalStateException("the HTTP transport is closed"));
            return result;
        }
        // A blocking send on a worker, not sendAsync: Java 17's sendAsync completes every response on the
        // CompletableFuture default executor, which starts a new thread per task when the common pool has fewer than
        // two threads (any machine or container with two CPUs or fewer). Measured in docs/benchmarks.md. The workers
        // blocked here are bounded by the in-flight permits, and no caller (Camel) thread ever waits.
        threads.execute(() -> {
            try {
                result.complete(client.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(new IOException("interrupted while sending " + request.method(), e));
            } catch (IOException | RuntimeException e) {
                // RuntimeException: e.g. a request built with a header the client refuses
                result.completeExceptionally(e);
            }
        }, result);
        return result;
    }

    /** A future that completes on a worker thread after {@code delay}; nothing sleeps while it waits. */
    public CompletableFuture<Void> delay(Duration delay) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the HTTP transport is closed"));
        }
        return threads.delay(delay);
    }

    /** The worker threads, for callers that want to hop off a thread they do not own. */
    public Executor executor() {
        return threads.handOffExecutor();
    }

    /** Refuses later sends and delays; the threads belong to their owner, who shuts them down. */
    @Override
    public void close() {
        closed = true;
        LOG.debug("HTTP transport closed");
    }

    /** True on one of the worker threads. */
    public boolean isWorkerThread() {
        return threads.isWorkerThread();
    }
}
