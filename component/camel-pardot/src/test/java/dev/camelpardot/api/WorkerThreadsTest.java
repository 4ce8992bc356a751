package dev.camelpardot.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeping a task on its worker, moving it when the worker blocks, and refusals that say why. */
class WorkerThreadsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WorkerThreads threads = new WorkerThreads(pool, scheduler, "test");

    @AfterEach
    void stop() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void aTaskHandedOverByAWorkerRunsOnThatWorkerAfterItsTask() throws Exception {
        // a kept task moves after 5 ms when its worker is not scheduled meanwhile (a busy machine): try a few times
        boolean keptOnTheOwner = false;
        for (int attempt = 0; attempt < 10 && !keptOnTheOwner; attempt++) {
            List<String> order = new CopyOnWriteArrayList<>();
            CompletableFuture<String> second = new CompletableFuture<>();
            CompletableFuture<String> first = new CompletableFuture<>();
            threads.execute(() -> {
                threads.execute(() -> {
                    order.add("kept");
                    second.complete(Thread.currentThread().getName());
                });
                order.add("first ends");
                first.complete(Thread.currentThread().getName());
            });
            keptOnTheOwner = second.get(10, TimeUnit.SECONDS).equals(first.get(10, TimeUnit.SECONDS));
            if (keptOnTheOwner) {
                assertThat(order).containsExactly("first ends", "kept");
            }
        }
        assertThat(keptOnTheOwner).isTrue();
        assertThat(threads.isWorkerThread()).as("this test's thread is not a worker").isFalse();
    }

    @Test
    void onlyOneTaskIsKeptTheNextGoesToAnotherWorker() throws Exception {
        boolean seen = false;
        for (int attempt = 0; attempt < 10 && !seen; attempt++) {
            CompletableFuture<String> owner = new CompletableFuture<>();
            CompletableFuture<String> kept = new CompletableFuture<>();
            CompletableFuture<String> other = new CompletableFuture<>();
            threads.execute(() -> {
                owner.complete(Thread.currentThread().getName());
                threads.execute(() -> kept.complete(Thread.currentThread().getName()));
                threads.execute(() -> other.complete(Thread.currentThread().getName()));
            });
            String ownerName = owner.get(10, TimeUnit.SECONDS);
            seen = kept.get(10, TimeUnit.SECONDS).equals(ownerName) && !other.get(10, TimeUnit.SECONDS).equals(ownerName);
        }
        assertThat(seen).as("the first task kept, the second handed over").isTrue();
    }

    @Test
    void aKeptTaskMovesWhenItsWorkerBlocks() throws Exception {
        CountDownLatch keptRan = new CountDownLatch(1);
        CompletableFuture<Boolean> ownerSawIt = new CompletableFuture<>();
        threads.execute(() -> {
            threads.execute(keptRan::countDown);
            try {
                // the owner waits for the task it kept: without the sweeper this never ends
                ownerSawIt.complete(keptRan.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(ownerSawIt.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void delaysCompleteOnAWorker() throws Exception {
        // a delay that is over before the next stage is added runs that stage on this thread (a busy machine): that
        // says nothing, so try again
        Thread test = Thread.currentThread();
        Boolean onWorker = null;
        for (int attempt = 0; attempt < 10 && onWorker == null; attempt++) {
            onWorker = threads.delay(Duration.ofMillis(20))
                    .thenApply(v -> Thread.currentThread() == test ? null : threads.isWorkerThread())
                    .get(10, TimeUnit.SECONDS);
        }
        assertThat(onWorker).as("completed on a worker").isTrue();
        assertThat(threads.delay(Duration.ofMillis(-5)).get(10, TimeUnit.SECONDS)).as("a negative delay is none").isNull();
    }

    @Test
    void refusalsSayWhetherTheTransportIsClosedOrThePoolFull() throws Exception {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new SynchronousQueue<>());
        WorkerThreads full = new WorkerThreads(one, scheduler, "pardot");
        CountDownLatch release = new CountDownLatch(1);
        try {
            full.execute(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<Void> refused = new CompletableFuture<>();
            full.execute(() -> refused.complete(null), refused);
            assertThat(refused).isCompletedExceptionally();
            assertThat(refused.handle((v, e) -> e.getMessage()).get()).isEqualTo("no pardot worker thread is free: raise"
                    + " maxPoolSize of the thread pool profile 'pardot'");
        } finally {
            release.countDown();
            one.shutdown();
        }
        assertThat(one.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        full.execute(() -> closed.complete(null), closed);
        assertThat(closed.handle((v, e) -> e.getMessage()).get()).isEqualTo("the HTTP transport is closed");
        assertThat(full.isShutdown()).isTrue();

        scheduler.shutdownNow();
        assertThat(threads.delay(Duration.ofMillis(1)).handle((v, e) -> e.getMessage()).get(10, TimeUnit.SECONDS))
                .isIn("the HTTP transport is closed", "no test worker thread is free: raise maxPoolSize of the thread pool"
                                                      + " profile 'test'");
    }
}
