package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import dev.camelpardot.api.Futures;
import dev.camelpardot.model.DeliveryResult;

/**
 * Submits the elements of a batch with at most {@code window} submissions outstanding, pulling the next element
 * only when one finishes: a million-element body never turns into a million futures. The results are kept until
 * the source ends (they are the exchange's body), so memory still grows with the batch: an endless source belongs
 * in a streaming splitter, not in one exchange. The transport's per-business-unit cap bounds the requests on the
 * wire; the window only keeps that queue fed.
 * <p>
 * No thread waits: completions pull the next element. The drain loop (one runner at a time, the others leave a
 * note) keeps synchronous completions, e.g. a run of invalid elements, from recursing into a deep stack.
 * One element's failure is recorded and never stops the rest.
 */
final class BatchSubmission {

    private final Iterator<?> source;
    private final int window;
    private final BiFunction<Integer, Object, CompletableFuture<DeliveryResult>> submit;
    private final CompletableFuture<List<DeliveryResult>> done = new CompletableFuture<>();
    private final AtomicInteger drainRequests = new AtomicInteger();

    // guarded by this
    private final List<DeliveryResult> results = new ArrayList<>();
    private int nextIndex;
    private int outstanding;
    private boolean exhausted;
    private boolean finished;
    private RuntimeException readFailure;

    /**
     * @param submit starts one element (index, element) and returns its result; it must not throw and its future
     *               must not fail (failures are results)
     */
    BatchSubmission(Iterator<?> source, int window,
                    BiFunction<Integer, Object, CompletableFuture<DeliveryResult>> submit) {
        this.source = source;
        this.window = Math.max(1, window);
        this.submit = submit;
    }

    /** Starts the batch; the future completes with one result per element, in element order. */
    CompletableFuture<List<DeliveryResult>> run() {
        drain();
        return done;
    }

    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return; // the running drain loop will go round once more
        }
        do {
            startWhatFits();
            completeIfFinished();
        } while (drainRequests.decrementAndGet() != 0);
    }

    private void startWhatFits() {
        while (true) {
            int index;
            Object element;
            synchronized (this) {
                if (exhausted || finished || outstanding >= window) {
                    return;
                }
                try {
                    if (!source.hasNext()) {
                        exhausted = true;
                        return;
                    }
                    element = source.next();
                } catch (RuntimeException e) {
                    // the body's own iterator broke: stop reading it; the batch fails once nothing is outstanding
                    exhausted = true;
                    readFailure = new IllegalStateException("reading the batch body failed after " + nextIndex
                                                            + " elements: " + e.getMessage(), e);
                    return;
                }
                index = nextIndex++;
                outstanding++;
            }
            CompletableFuture<DeliveryResult> one;
            try {
                one = submit.apply(index, element);
            } catch (RuntimeException e) {
                one = CompletableFuture.completedFuture(DeliveryResult.failed(index, null, e));
            }
            final int at = index;
            one.whenComplete((result, failure) -> {
                DeliveryResult recorded = failure == null ? result
                        : DeliveryResult.failed(at, null, asException(Futures.unwrap(failure)));
                synchronized (this) {
                    results.add(recorded);
                    outstanding--;
                }
                drain();
            });
        }
    }

    private void completeIfFinished() {
        List<DeliveryResult> all;
        synchronized (this) {
            if (finished || !exhausted || outstanding > 0) {
                return;
            }
            finished = true;
            all = new ArrayList<>(results);
        }
        // completed outside the lock: the route continues on this thread
        if (readFailure != null) {
            done.completeExceptionally(readFailure);
            return;
        }
        all.sort(Comparator.comparingInt(DeliveryResult::index));
        done.complete(all);
    }

    private static Exception asException(Throwable t) {
        return t instanceof Exception e ? e : new RuntimeException(t);
    }
}
