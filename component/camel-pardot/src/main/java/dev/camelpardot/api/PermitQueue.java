package dev.camelpardot.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A counting semaphore whose waiters are futures instead of parked threads: {@link #acquire()} returns a future
 * that is already complete when a permit is free, and otherwise completes, first come first served, when
 * {@link #release()} hands a permit over. No thread ever blocks on it.
 * <p>
 * A released permit goes straight to the oldest waiter, so a newcomer cannot overtake the queue. The waiter's
 * dependent stages run on the releasing thread, after the lock is dropped.
 */
final class PermitQueue {

    private final int permits;
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int available;
    private int maxInUse;
    private boolean closed;

    /** @param permits 1 or more (maxConcurrentRequests, checked by the component) */
    PermitQueue(int permits) {
        this.permits = permits;
        this.available = permits;
    }

    /** Completes when the caller holds a permit; the caller must {@link #release()} it exactly once. */
    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the Pardot API client is closed"));
            }
            if (available > 0) {
                available--;
                maxInUse = Math.max(maxInUse, permits - available);
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        }
    }

    /** Returns a permit: to the oldest waiter still waiting, or to the pool. */
    void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waiters.poll();
                if (next == null) {
                    if (available == permits) {
                        throw new IllegalStateException("permit released more often than acquired");
                    }
                    available++;
                    return;
                }
            }
            // completing outside the lock: the waiter's next steps must not run while we hold it
            if (next.complete(null)) {
                return;
            }
            // that waiter was cancelled or failed meanwhile: offer the permit to the next one
        }
    }

    /** Fails every waiter and refuses new acquisitions. */
    void close() {
        List<CompletableFuture<Void>> failed;
        synchronized (this) {
            closed = true;
            failed = new ArrayList<>(waiters);
            waiters.clear();
        }
        IllegalStateException closedException = new IllegalStateException("the Pardot API client is closed");
        failed.forEach(waiter -> waiter.completeExceptionally(closedException));
    }

    synchronized int inUse() {
        return permits - available;
    }

    synchronized int waiting() {
        return waiters.size();
    }

    synchronized int maxInUse() {
        return maxInUse;
    }

    int permits() {
        return permits;
    }
}
