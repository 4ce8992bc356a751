package dev.camelpardot.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.api.WorkerThreads;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The component's threads, all from the CamelContext's {@link ExecutorServiceManager}: named, visible over JMX,
 * stopped with the context. The workers follow the thread pool profile {@value #PROFILE}; the component registers
 * the default below only when the application has not registered one of that id (for example with camel-main's
 * {@code camel.threadpool.config[pardot].max-pool-size=50}).
 */
public final class PardotThreadPools {

    /** The id of the thread pool profile of the workers. */
    public static final String PROFILE = "pardot";
    /** The name of the worker pool, in thread names and JMX. */
    public static final String WORKERS = "PardotHttp";
    /** The name of the one scheduler thread that times backoffs. */
    public static final String SCHEDULER = "PardotScheduler";

    private final ExecutorServiceManager manager;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final WorkerThreads threads;

    private PardotThreadPools(ExecutorServiceManager manager, ExecutorService workers, ScheduledExecutorService scheduler) {
        this.manager = manager;
        this.workers = workers;
        this.scheduler = scheduler;
        this.threads = new WorkerThreads(workers, scheduler, PROFILE);
    }

    /**
     * The default profile: workers block in the JDK client's send, one per request in flight (5 per business unit by
     * default) plus the client's own short tasks, so the pool grows on demand; idle threads end after a minute. A
     * direct hand-off, no queue: a queued send would hold a permit without being on the wire.
     */
    public static ThreadPoolProfile defaultProfile() {
        ThreadPoolProfile profile = new ThreadPoolProfile(PROFILE);
        profile.setPoolSize(5);
        profile.setMaxPoolSize(100);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        profile.setMaxQueueSize(0);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    static PardotThreadPools create(CamelContext context, Object source) {
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        if (manager.getThreadPoolProfile(PROFILE) == null) {
            manager.registerThreadPoolProfile(defaultProfile());
        }
        ExecutorService workers = manager.newThreadPool(source, WORKERS, PROFILE);
        ScheduledExecutorService scheduler = manager.newSingleThreadScheduledExecutor(source, SCHEDULER);
        return new PardotThreadPools(manager, workers, scheduler);
    }

    WorkerThreads threads() {
        return threads;
    }

    /** Lets running sends finish (up to the context's shutdown timeout), then ends every thread. */
    void shutdown() {
        manager.shutdownNow(scheduler);
        manager.shutdownGraceful(workers);
    }
}
