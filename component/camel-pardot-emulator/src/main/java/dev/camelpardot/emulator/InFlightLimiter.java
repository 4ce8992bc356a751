package dev.camelpardot.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent /api/v5 requests per business unit. A request holds its slot from arrival until its response has
 * been written (simulated latency included); the request that would exceed the limit is counted as seen, then
 * refused at once (error 66).
 */
final class InFlightLimiter {

    private final EmulatorConfig config;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private static final class Counter {
        final AtomicInteger current = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();
    }

    InFlightLimiter(EmulatorConfig config) {
        this.config = config;
    }

    /** Takes a slot; false (nothing to release) when the business unit is at its limit. */
    boolean tryAcquire(String businessUnitId) {
        Counter counter = counters.computeIfAbsent(businessUnitId, id -> new Counter());
        int now = counter.current.incrementAndGet();
        counter.max.accumulateAndGet(now, Math::max);
        int limit = config.maxInFlightPerBusinessUnit();
        if (limit > 0 && now > limit) {
            counter.current.decrementAndGet();
            return false;
        }
        return true;
    }

    void release(String businessUnitId) {
        counters.get(businessUnitId).current.decrementAndGet();
    }

    /** The most requests seen at once for any business unit. */
    int maxInFlight() {
        return counters.values().stream().mapToInt(c -> c.max.get()).max().orElse(0);
    }

    int maxInFlight(String businessUnitId) {
        Counter counter = counters.get(businessUnitId);
        return counter == null ? 0 : counter.max.get();
    }

    Map<String, Integer> maxInFlightByBusinessUnit() {
        Map<String, Integer> copy = new TreeMap<>();
        counters.forEach((id, counter) -> copy.put(id, counter.max.get()));
        return copy;
    }

    int inFlight(String businessUnitId) {
        Counter counter = counters.get(businessUnitId);
        return counter == null ? 0 : counter.current.get();
    }

    /** Forgets the peaks; requests still in flight keep their slots (and count as the new peak). */
    void clearPeaks() {
        counters.values().forEach(counter -> counter.max.set(counter.current.get()));
    }
}
