package dev.camelpardot.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Every byte allocated on the heap by all threads, short-lived ones included, from the garbage collectors' own
 * reports: what the heap held just before each collection minus what it held just after the previous one, plus
 * the growth since the last one. Exact for stop-the-world collections; G1 on Java 17 does not report its
 * Remark/Cleanup pauses, so the benchmark runs each window from a fresh heap with room enough that no concurrent
 * cycle starts (and cross-checks against {@link ThreadMeter}). Region-sized granularity (about 1 MB) is the error.
 */
final class HeapAllocationCounter implements NotificationListener, AutoCloseable {

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private long allocatedBeforeLastGc; // guarded by this
    private long usedAfterLastGc; // guarded by this
    private long notifications; // guarded by this
    private long concurrentCycles; // guarded by this

    HeapAllocationCounter() {
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(this, null, null);
        }
        synchronized (this) {
            usedAfterLastGc = heapUsed();
            notifications = collections();
        }
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = heapOnly(info.getGcInfo().getMemoryUsageBeforeGc());
        long after = heapOnly(info.getGcInfo().getMemoryUsageAfterGc());
        allocatedBeforeLastGc += Math.max(0, before - usedAfterLastGc);
        usedAfterLastGc = after;
        notifications++;
        if (info.getGcName().contains("Old") || info.getGcCause().contains("Concurrent")) {
            concurrentCycles++;
        }
    }

    /** Bytes allocated since this counter was made; waits for the reports of collections that already happened. */
    long allocatedBytes() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (true) {
            synchronized (this) {
                long used = heapUsed();
                if (notifications >= collections() || System.nanoTime() > deadline) {
                    return allocatedBeforeLastGc + Math.max(0, used - usedAfterLastGc);
                }
            }
            Thread.onSpinWait();
        }
    }

    /** Old-generation or concurrent collections seen: a window with any may undercount (see the class comment). */
    synchronized long oldCollections() {
        return concurrentCycles;
    }

    private long collections() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private long heapOnly(Map<String, MemoryUsage> usage) {
        return usage.entrySet().stream()
                .filter(entry -> heapPools.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed())
                .sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).removeNotificationListener(this);
        }
    }
}
