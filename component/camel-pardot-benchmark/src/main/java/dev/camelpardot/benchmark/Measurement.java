package dev.camelpardot.benchmark;

import java.util.Map;

/** What one measured run of one contender in one scenario produced (one round). */
record Measurement(
        Scenario scenario,
        String contender,
        int round,
        int messages,
        long elapsedNanos,
        long[] latencyNanos,
        long failures,
        String firstFailure,
        long delivered,
        long tokenRequests,
        long error66,
        Map<String, Long> responses,
        int serverMaxInFlight,
        long retries,
        long heapAllocatedBytes,
        long clientThreadAllocatedBytes,
        long emulatorAllocatedBytes,
        long meterAllocatedBytes,
        long processCpuNanos,
        long emulatorCpuNanos,
        long threadsStarted,
        long oldCollections) {

    /** Heap allocated by everything but the emulator's threads and the meter: the contender plus the harness. */
    long clientAllocatedBytes() {
        return heapAllocatedBytes - emulatorAllocatedBytes - meterAllocatedBytes;
    }
}
