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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK {@link HttpClient} (HTTP/1.1) with connect and request timeouts, an optional proxy with Basic authentication,
 * an optional SSL context, and threads of its own: every future it returns completes on one of its
 * {@code pardot-http-N} daemon threads, never on the thread that called, and delays run on a
 * {@code pardot-scheduler} thread instead of sleeping. Async to its callers: the blocking JDK send runs on a worker
 * (see {@link #send}).
 * <p>
 * Proxy note: for HTTPS through a proxy that wants Basic authentication, the JDK only sends the credentials on the
 * CONNECT request when the system property {@code jdk.http.auth.tunneling.disabledSchemes} is set to {@code ""}
 * (its default disables Basic for tunnels).
 * <p>
 * The worker pool grows on demand and shrinks when idle (like the JDK client's own default), so code that continues
 * on a completion thread and blocks for a while cannot starve the client. One per component.
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final TransportSettings settings;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final HttpClient client;
    private final String proxyAuthorization;

    public HttpTransport(TransportSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        int instance = INSTANCES.incrementAndGet();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("pardot-http-" + instance + "-", true));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonThreads("pardot-scheduler-" + instance + "-", false));
        timer.setRemoveOnCancelPolicy(true);
        this.scheduler = timer;

        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(workers);
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
        // A blocking send on one of our workers, not sendAsync: Java 17's sendAsync completes every response on the
        // CompletableFuture default executor, which starts a new thread per task when the common pool has fewer than
        // two threads (any machine or container with two CPUs or fewer). Measured in docs/benchmarks.md: a thread
        // and about 220 KB of heap per message, three times the CPU. The workers blocked here are bounded by the
        // in-flight permits, and no caller (Camel) thread ever waits.
        runOnWorker(() -> {
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
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> runOnWorker(() -> done.complete(null), done), Math.max(0, delay.toNanos()),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("the HTTP transport is closed", e));
        }
        return done;
    }

    /** Runs {@code task} on a worker thread; fails {@code onReject} when the transport is closed. */
    public void runOnWorker(Runnable task, CompletableFuture<?> onReject) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            onReject.completeExceptionally(new IllegalStateException("the HTTP transport is closed", e));
        }
    }

    /** The worker threads, for callers that want to hop off a thread they do not own. */
    public Executor executor() {
        return workers;
    }

    public boolean isClosed() {
        return workers.isShutdown();
    }

    /** Stops the scheduler and lets the workers finish what they run; later sends fail. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdown();
        LOG.debug("HTTP transport closed");
    }

    /** True on one of this transport's worker threads. */
    public boolean isWorkerThread() {
        return Thread.currentThread() instanceof WorkerThread && ((WorkerThread) Thread.currentThread()).owner == this;
    }

    private ThreadFactory daemonThreads(String prefix, boolean workers) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            String name = prefix + count.incrementAndGet();
            Thread thread = workers ? new WorkerThread(this, runnable, name) : new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Marks the threads of one transport, so completions can tell whether they already run on one. */
    private static final class WorkerThread extends Thread {
        private final HttpTransport owner;

        WorkerThread(HttpTransport owner, Runnable task, String name) {
            super(task, name);
            this.owner = owner;
        }
    }
}
