package dev.camelpardot.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.EmulatorState;
import dev.camelpardot.emulator.PardotEmulator;

/**
 * Runs one contender in one scenario against the in-process emulator and measures it: the emulator is reset,
 * re-seeded and set to the scenario before each measured window (so its counters are that window's), the heap is
 * collected, then the messages go through {@link LaneDriver} while {@link ThreadMeter} and
 * {@link HeapAllocationCounter} watch.
 */
final class Harness implements AutoCloseable {

    private static final long RUN_TIMEOUT_SECONDS = 600;

    private final PardotEmulator emulator;
    private final Target target;
    private final ThreadMeter meter = new ThreadMeter();
    private final HeapAllocationCounter heap = new HeapAllocationCounter();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    Harness(PardotEmulator emulator) {
        this.emulator = emulator;
        this.target = Target.emulator(emulator.baseUrl());
        seed();
    }

    Target target() {
        return target;
    }

    PardotEmulator emulator() {
        return emulator;
    }

    /** Sends {@code messages} unmeasured messages under the scenario's conditions, to warm the JIT and pools up. */
    void warmUp(Contender contender, Scenario scenario, int messages, int lanes) throws Exception {
        warmUp(contender, scenario, messages, lanes, config -> { });
    }

    void warmUp(Contender contender, Scenario scenario, int messages, int lanes, Consumer<EmulatorConfig> adjust)
            throws Exception {
        scenario.apply(emulator.config());
        adjust.accept(emulator.config());
        try (LaneDriver driver = new LaneDriver(lanes)) {
            LaneDriver.Outcome outcome = driver.run(contender, bodies(messages), new long[messages], RUN_TIMEOUT_SECONDS);
            if (outcome.failures() > 0) {
                System.out.printf("  warm-up of %s in %s: %d of %d failed, first: %s%n", contender.id(), scenario.id(),
                        outcome.failures(), messages, outcome.firstFailure());
            }
        }
    }

    Measurement measure(Contender contender, Scenario scenario, int round, int messages, int lanes) throws Exception {
        return measure(contender, scenario, round, messages, lanes, config -> { });
    }

    /** As {@link #measure(Contender, Scenario, int, int, int)}, with the scenario's server settings adjusted. */
    Measurement measure(Contender contender, Scenario scenario, int round, int messages, int lanes,
            Consumer<EmulatorConfig> adjust) throws Exception {
        // reset first: it clears the counters and the data, and puts the fault settings back to the start values
        emulator.reset();
        seed();
        scenario.apply(emulator.config());
        adjust.accept(emulator.config());
        List<Map<String, Object>> bodies = bodies(messages);
        long[] latencies = new long[messages];
        try (LaneDriver driver = new LaneDriver(lanes)) {
            System.gc();
            Thread.sleep(200);
            long retriesBefore = contender.retries();
            long heapBefore = heap.allocatedBytes();
            long oldBefore = heap.oldCollections();
            long cpuBefore = os.getProcessCpuTime();
            meter.begin();

            LaneDriver.Outcome outcome = driver.run(contender, bodies, latencies, RUN_TIMEOUT_SECONDS);

            ThreadMeter.Usage usage = meter.end();
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long heapAllocated = heap.allocatedBytes() - heapBefore;
            long oldCollections = heap.oldCollections() - oldBefore;
            long retries = contender.retries() - retriesBefore;
            // let requests the contender gave up on finish at the server before reading its counters
            Thread.sleep(scenario.latency().toMillis() + 50);
            EmulatorState state = emulator.state();
            Map<String, Long> responses = new LinkedHashMap<>(state.responses());
            warnIfNotApplied(scenario, messages, latencies, responses);
            return new Measurement(scenario, contender.id(), round, messages, outcome.elapsedNanos(), latencies,
                    outcome.failures(), outcome.firstFailure() == null ? null : outcome.firstFailure().toString(),
                    state.activityCount(), state.tokenRequests(), error66(responses), responses, state.maxInFlight(),
                    retries, heapAllocated, usage.clientBytes(), usage.emulatorBytes(), usage.meterBytes(), cpu,
                    usage.emulatorCpuNanos(), usage.threadsStarted(), oldCollections);
        }
    }

    /** The server settings are live and others may reset them: say so when a window plainly ran without them. */
    private static void warnIfNotApplied(Scenario scenario, int messages, long[] latencies, Map<String, Long> responses) {
        long latencyNanos = scenario.latency().toNanos();
        long fasterThanLatency = latencyNanos == 0 ? 0
                : java.util.Arrays.stream(latencies).filter(l -> l < latencyNanos).count();
        boolean latencyMissing = fasterThanLatency > messages / 10;
        boolean failuresMissing = scenario == Scenario.FAILURES_503 && messages >= 500 && !responses.containsKey("503");
        if (latencyMissing || failuresMissing) {
            System.out.printf("WARNING: %s ran without its server settings (%d answers faster than the latency,"
                    + " responses %s): discard these figures%n", scenario.id(), fasterThanLatency, responses);
        }
    }

    private static long error66(Map<String, Long> responses) {
        return responses.entrySet().stream().filter(e -> e.getKey().endsWith("/66")).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private void seed() {
        emulator.state().seedReadySetup(Target.EXTENSION, Target.TYPE);
    }

    /** Fresh, mutable bodies (what a JSON or CSV reader hands a route), built before the window opens. */
    static List<Map<String, Object>> bodies(int messages) {
        List<Map<String, Object>> bodies = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            Map<String, Object> body = new LinkedHashMap<>(8);
            body.put("email", "prospect" + (i % 1000) + "@example.com");
            body.put("value", "order-" + i);
            bodies.add(body);
        }
        return bodies;
    }

    double systemLoadAverage() {
        return os.getSystemLoadAverage();
    }

    @Override
    public void close() throws Exception {
        meter.close();
        heap.close();
    }
}
