package dev.camelpardot.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daily API call allocation per business unit ({@link EmulatorConfig#dailyLimit}). Unlike Salesforce, the
 * count never rolls over at midnight: a test must not pass or fail by the clock. It starts again on reset or
 * when the limit is set to a new value.
 */
final class DailyLimit {

    private final EmulatorConfig config;
    private final Map<String, AtomicLong> used = new ConcurrentHashMap<>();
    private volatile long limitCountedFor = -1;

    DailyLimit(EmulatorConfig config) {
        this.config = config;
    }

    /** Counts one call; false when the business unit has used its allocation. */
    boolean tryConsume(String businessUnitId) {
        long limit = config.dailyLimit();
        if (limit != limitCountedFor) {
            restartFor(limit);
        }
        long count = used.computeIfAbsent(businessUnitId, id -> new AtomicLong()).incrementAndGet();
        return limit == 0 || count <= limit;
    }

    long used(String businessUnitId) {
        AtomicLong count = used.get(businessUnitId);
        return count == null ? 0 : count.get();
    }

    synchronized void clear() {
        used.clear();
        limitCountedFor = config.dailyLimit();
    }

    private synchronized void restartFor(long limit) {
        if (limit != limitCountedFor) {
            used.clear();
            limitCountedFor = limit;
        }
    }
}
