package dev.camelpardot.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bytes allocated and CPU time used per thread over a measurement window, grouped into the emulator's threads and
 * everyone else's. Java 17 has no total over all threads ({@code getTotalThreadAllocatedBytes} came in 21), and a
 * thread's counters are gone once it ends, so a sampler thread reads every live thread every few milliseconds
 * and keeps the last value it saw of each: threads that live longer than one sampling period are counted fully,
 * shorter ones not at all (see {@link HeapAllocationCounter} for the total that catches those).
 */
final class ThreadMeter implements AutoCloseable {

    private static final long PERIOD_MILLIS = 10;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Thread sampler;
    private final Map<Long, Sample> samples = new HashMap<>(); // guarded by this
    private volatile boolean measuring;
    private long startedThreadsAtBegin;

    private static final class Sample {
        final Group group;
        final long firstBytes;
        final long firstCpu;
        long lastBytes;
        long lastCpu;

        Sample(Group group, long firstBytes, long firstCpu) {
            this.group = group;
            this.firstBytes = firstBytes;
            this.firstCpu = firstCpu;
            this.lastBytes = firstBytes;
            this.lastCpu = firstCpu;
        }
    }

    enum Group { EMULATOR, METER, CLIENT }

    /** Bytes and CPU nanoseconds per group over one window, and the threads started meanwhile. */
    record Usage(long clientBytes, long emulatorBytes, long meterBytes, long clientCpuNanos, long emulatorCpuNanos,
            long threadsStarted, long threadsSeen) {
    }

    ThreadMeter() {
        threads.setThreadAllocatedMemoryEnabled(true);
        threads.setThreadCpuTimeEnabled(true);
        sampler = new Thread(this::sampleLoop, "benchmark-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    synchronized void begin() {
        samples.clear();
        startedThreadsAtBegin = threads.getTotalStartedThreadCount();
        sample(true);
        measuring = true;
    }

    synchronized Usage end() {
        sample(false);
        measuring = false;
        long clientBytes = 0;
        long emulatorBytes = 0;
        long meterBytes = 0;
        long clientCpu = 0;
        long emulatorCpu = 0;
        for (Sample sample : samples.values()) {
            long bytes = sample.lastBytes - sample.firstBytes;
            long cpu = sample.lastCpu - sample.firstCpu;
            switch (sample.group) {
                case EMULATOR -> {
                    emulatorBytes += bytes;
                    emulatorCpu += cpu;
                }
                case METER -> meterBytes += bytes;
                case CLIENT -> {
                    clientBytes += bytes;
                    clientCpu += cpu;
                }
            }
        }
        return new Usage(clientBytes, emulatorBytes, meterBytes, clientCpu, emulatorCpu,
                threads.getTotalStartedThreadCount() - startedThreadsAtBegin, samples.size());
    }

    private void sampleLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (measuring) {
                synchronized (this) {
                    if (measuring) {
                        sample(false);
                    }
                }
            }
        }
    }

    /** Reads every live thread; a thread first seen after the window began started in it, so it counts from zero. */
    private void sample(boolean baseline) {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        long[] cpu = threads.getThreadCpuTime(ids);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] < 0 || cpu[i] < 0) {
                continue; // ended between the two calls
            }
            Sample sample = samples.get(ids[i]);
            if (sample == null) {
                Group group = group(ids[i]);
                if (group == null) {
                    continue;
                }
                sample = baseline ? new Sample(group, bytes[i], cpu[i]) : new Sample(group, 0, 0);
                samples.put(ids[i], sample);
            }
            sample.lastBytes = Math.max(sample.lastBytes, bytes[i]);
            sample.lastCpu = Math.max(sample.lastCpu, cpu[i]);
        }
    }

    private Group group(long id) {
        if (id == sampler.getId()) {
            return Group.METER;
        }
        ThreadInfo info = threads.getThreadInfo(id);
        if (info == null) {
            return null;
        }
        return isEmulatorThread(info.getThreadName()) ? Group.EMULATOR : Group.CLIENT;
    }

    /** The emulator's worker and timer threads, and the JDK HTTP server's dispatcher that it runs on. */
    static boolean isEmulatorThread(String name) {
        return name.startsWith("pardot-emulator-") || name.equals("HTTP-Dispatcher") || name.startsWith("server-timer")
                || name.startsWith("idle-timeout-task");
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
