package dev.camelpardot.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keeps exactly {@code lanes} messages in flight: each lane sends a message and, when it is done, the next one. A
 * lane never waits on a thread of its own for an asynchronous contender (the next message is sent from the
 * completion callback), and loops instead of recursing when a contender completes synchronously. Latency is
 * measured per message from the moment its lane hands it over until the contender reports it done.
 */
final class LaneDriver implements AutoCloseable {

    private final int lanes;
    private final ExecutorService starters;

    LaneDriver(int lanes) {
        this.lanes = lanes;
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(lanes, lanes, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "benchmark-lane-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // started now, so measured windows do not count their creation
        pool.prestartAllCoreThreads();
        this.starters = pool;
    }

    /** Outcome of one run: wall time from the first send to the last completion, and failures. */
    record Outcome(long elapsedNanos, long failures, Throwable firstFailure) {
    }

    /**
     * Sends every body through {@code contender}; {@code latencyNanos[i]} receives message i's latency.
     * Fails if the run has not ended within {@code timeout}.
     */
    Outcome run(Contender contender, List<Map<String, Object>> bodies, long[] latencyNanos, long timeoutSeconds)
            throws InterruptedException, TimeoutException {
        Run run = new Run(contender, bodies, latencyNanos);
        long start = System.nanoTime();
        for (int i = 0; i < lanes; i++) {
            starters.execute(run::lane);
        }
        if (!run.finished.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new TimeoutException(contender.id() + " did not finish " + bodies.size() + " messages within "
                    + timeoutSeconds + " s (" + run.completed.sum() + " done)");
        }
        long elapsed = run.lastCompletion.get() - start;
        return new Outcome(elapsed, run.failures.sum(), run.firstFailure.get());
    }

    private final class Run {
        final Contender contender;
        final List<Map<String, Object>> bodies;
        final long[] latencyNanos;
        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch finished = new CountDownLatch(lanes);
        final LongAdder completed = new LongAdder();
        final LongAdder failures = new LongAdder();
        final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        final AtomicLong lastCompletion = new AtomicLong();

        Run(Contender contender, List<Map<String, Object>> bodies, long[] latencyNanos) {
            this.contender = contender;
            this.bodies = bodies;
            this.latencyNanos = latencyNanos;
        }

        /** Sends messages until none is left, or until one completes later (its callback continues the lane). */
        void lane() {
            while (true) {
                int index = next.getAndIncrement();
                if (index >= bodies.size()) {
                    finished.countDown();
                    return;
                }
                long sent = System.nanoTime();
                boolean sync;
                try {
                    sync = contender.send(bodies.get(index), (doneSync, failure) -> {
                        complete(index, sent, failure);
                        if (!doneSync) {
                            lane();
                        }
                    });
                } catch (RuntimeException e) {
                    complete(index, sent, e);
                    sync = true;
                }
                if (!sync) {
                    return;
                }
            }
        }

        void complete(int index, long sent, Throwable failure) {
            long now = System.nanoTime();
            latencyNanos[index] = now - sent;
            if (failure != null) {
                failures.increment();
                firstFailure.compareAndSet(null, failure);
            }
            completed.increment();
            lastCompletion.accumulateAndGet(now, Math::max);
        }
    }

    @Override
    public void close() {
        starters.shutdownNow();
    }
}
