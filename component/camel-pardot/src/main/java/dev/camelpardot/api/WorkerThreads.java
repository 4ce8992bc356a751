package dev.camelpardot.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads the transport runs on, lent by their owner (the component takes them from the CamelContext's
 * ExecutorServiceManager and shuts them down): a pool of workers that may block in the JDK client's send, and a
 * scheduler that only times delays. Nothing here creates a thread.
 * <p>
 * {@link #execute} keeps a message on its thread: a task handed over by a worker (typically the next send, started
 * by the route continuing on the worker that completed the previous one) runs on that same worker as soon as its
 * present task ends, instead of waking another one. Waking a thread per message costs more CPU than anything else
 * the component does per message (docs/benchmarks.md). A task so kept that has not started within
 * {@link #MAX_WAIT} (its worker went on to block, e.g. a route calling a ProducerTemplate) is moved to another
 * worker, so keeping never deadlocks.
 */
public final class WorkerThreads {

    /** How long a task may wait for its worker to finish before another worker takes it. */
    static final Duration MAX_WAIT = Duration.ofMillis(5);

    private static final Logger LOG = LoggerFactory.getLogger(WorkerThreads.class);

    private final ExecutorService pool;
    private final ScheduledExecutorService scheduler;
    private final String poolName;
    private final ThreadLocal<Slot> slots = new ThreadLocal<>();
    private final Set<Slot> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final Executor handOff = this::handOff;

    /**
     * @param pool      workers; tasks may block on I/O, so it must be able to grow past the requests in flight
     * @param scheduler times delays; the tasks it runs only hand work to the pool
     * @param poolName  how the pool is known to users (its thread pool profile), for messages
     */
    public WorkerThreads(ExecutorService pool, ScheduledExecutorService scheduler, String poolName) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.poolName = poolName;
    }

    /**
     * Runs {@code task} on a worker: after the current task when called on a worker with nothing kept yet, else on
     * another worker. A refusal (pool shut down or full) is thrown as {@link RejectedExecutionException}.
     */
    public void execute(Runnable task) {
        Slot slot = slots.get();
        if (slot != null && slot.running && slot.keep(task)) {
            waiting.add(slot);
            sweepSoon();
            return;
        }
        handOff(task);
    }

    /** Runs {@code task} on another worker, never after the current one (for work that must not wait). */
    public Executor handOffExecutor() {
        return handOff;
    }

    /** Runs {@code task} on a worker; fails {@code onReject} instead of throwing when the pool refuses it. */
    public void execute(Runnable task, CompletableFuture<?> onReject) {
        try {
            execute(task);
        } catch (RejectedExecutionException e) {
            onReject.completeExceptionally(refused(e));
        }
    }

    /** A future completed on a worker after {@code delay}; nothing sleeps while it waits. */
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> {
                try {
                    handOff(() -> done.complete(null));
                } catch (RejectedExecutionException e) {
                    done.completeExceptionally(refused(e));
                }
            }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(refused(e));
        }
        return done;
    }

    /** True on one of the workers, while it runs a task of ours. */
    public boolean isWorkerThread() {
        Slot slot = slots.get();
        return slot != null && slot.running;
    }

    /** True once the owner shut the pool down. */
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    private void handOff(Runnable task) {
        pool.execute(() -> runAsWorker(task));
    }

    private void runAsWorker(Runnable task) {
        Slot slot = slots.get();
        if (slot == null) {
            slot = new Slot();
            slots.set(slot);
        }
        if (slot.running) {
            // the JDK client ran one of its tasks inline inside ours: no new turn
            task.run();
            return;
        }
        slot.running = true;
        try {
            Runnable next = task;
            while (next != null) {
                runSafely(next);
                next = slot.take();
                if (next != null) {
                    waiting.remove(slot);
                }
            }
        } finally {
            slot.running = false;
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // tasks complete their own futures; this is a bug, and the worker must live on for the others
            LOG.warn("A pardot worker task failed: {}", e.toString(), e);
        }
    }

    private void sweepSoon() {
        if (sweeping.compareAndSet(false, true)) {
            try {
                scheduler.schedule((Runnable) this::sweep, MAX_WAIT.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shutDown) {
                sweeping.set(false);
                sweep(0);
            }
        }
    }

    private void sweep() {
        sweep(MAX_WAIT.toNanos());
    }

    /** Moves the tasks kept longer than {@code maxWaitNanos} to other workers. */
    private void sweep(long maxWaitNanos) {
        long now = System.nanoTime();
        for (Slot slot : waiting) {
            if (now - slot.keptAt >= maxWaitNanos) {
                Runnable task = slot.take();
                waiting.remove(slot);
                if (task != null) {
                    try {
                        handOff(task);
                    } catch (RejectedExecutionException e) {
                        // no worker free: it stays with its own worker, and the next sweep tries again
                        LOG.debug("A kept pardot task could not be moved yet: {}", e.getMessage());
                        if (slot.kept.compareAndSet(null, task)) {
                            waiting.add(slot);
                        } else {
                            LOG.warn("No {} worker thread is free; running a task on the scheduler", poolName);
                            runSafely(task);
                        }
                    }
                }
            }
        }
        sweeping.set(false);
        if (!waiting.isEmpty()) {
            sweepSoon();
        }
    }

    private RuntimeException refused(RejectedExecutionException e) {
        return isShutdown()
                ? new IllegalStateException("the HTTP transport is closed", e)
                : new IllegalStateException("no " + poolName + " worker thread is free: raise maxPoolSize of the thread"
                                            + " pool profile '" + poolName + "'", e);
    }

    /** The one task a worker keeps for after its present one. */
    private static final class Slot {
        private final AtomicReference<Runnable> kept = new AtomicReference<>();
        private volatile long keptAt;
        // read and written by the owning worker only
        private boolean running;

        boolean keep(Runnable task) {
            if (kept.get() != null) {
                return false;
            }
            keptAt = System.nanoTime();
            return kept.compareAndSet(null, task);
        }

        Runnable take() {
            return kept.getAndSet(null);
        }
    }
}
