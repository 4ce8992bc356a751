package dev.camelpardot.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermitQueueTest {

    @Test
    void grantsUpToThePermitsThenQueues() {
        PermitQueue queue = new PermitQueue(2);
        CompletableFuture<Void> first = queue.acquire();
        CompletableFuture<Void> second = queue.acquire();
        CompletableFuture<Void> third = queue.acquire();

        assertThat(first).isDone();
        assertThat(second).isDone();
        assertThat(third).isNotDone();
        assertThat(queue.inUse()).isEqualTo(2);
        assertThat(queue.waiting()).isEqualTo(1);

        queue.release();
        assertThat(third).isDone();
        assertThat(queue.inUse()).isEqualTo(2);
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void waitersAreServedInOrderAndNewcomersDoNotOvertake() {
        PermitQueue queue = new PermitQueue(1);
        queue.acquire();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            queue.acquire().thenRun(() -> order.add(id));
        }
        for (int i = 0; i < 5; i++) {
            queue.release();
            // a newcomer arriving while others wait must queue behind them
            assertThat(queue.acquire()).isNotDone();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void cancelledWaiterIsSkipped() {
        PermitQueue queue = new PermitQueue(1);
        queue.acquire();
        CompletableFuture<Void> cancelled = queue.acquire();
        CompletableFuture<Void> next = queue.acquire();
        cancelled.cancel(false);

        queue.release();
        assertThat(next).isDone();
        assertThat(queue.inUse()).isEqualTo(1);
    }

    @Test
    void releasingMoreThanAcquiredIsABug() {
        PermitQueue queue = new PermitQueue(1);
        assertThatThrownBy(queue::release).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeFailsWaitersAndNewcomers() {
        PermitQueue queue = new PermitQueue(1);
        queue.acquire();
        CompletableFuture<Void> waiter = queue.acquire();
        queue.close();
        assertThat(waiter).isCompletedExceptionally();
        assertThat(queue.acquire()).isCompletedExceptionally();
    }

    @Test
    void neverMoreHoldersThanPermitsUnderContention() throws Exception {
        PermitQueue queue = new PermitQueue(3);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int tasks = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ExecutorService releasers = Executors.newFixedThreadPool(4);
        CountDownLatch all = new CountDownLatch(tasks);
        try {
            for (int i = 0; i < tasks; i++) {
                pool.execute(() -> queue.acquire().thenRun(() -> {
                    most.accumulateAndGet(holders.incrementAndGet(), Math::max);
                    // hand the release to another thread, as a response completion would
                    releasers.execute(() -> {
                        holders.decrementAndGet();
                        done.incrementAndGet();
                        queue.release();
                        all.countDown();
                    });
                }));
            }
            assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
            releasers.shutdownNow();
        }
        assertThat(done.get()).isEqualTo(tasks);
        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(queue.inUse()).isZero();
        assertThat(queue.maxInUse()).isEqualTo(3);
    }
}
