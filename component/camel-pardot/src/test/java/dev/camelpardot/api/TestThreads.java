package dev.camelpardot.api;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads for tests that use the transport without a CamelContext: in the component they come from the
 * context's ExecutorServiceManager. Daemon threads shared by the test JVM, never named like the component's.
 */
public final class TestThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(TestThreads::daemon);
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(TestThreads::daemon);
    private static final WorkerThreads SHARED = new WorkerThreads(POOL, SCHEDULER, "test");

    private TestThreads() {
    }

    public static WorkerThreads shared() {
        return SHARED;
    }

    /** A transport on the shared test threads. */
    public static HttpTransport transport(TransportSettings settings) {
        return new HttpTransport(settings, SHARED);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "test-worker-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
