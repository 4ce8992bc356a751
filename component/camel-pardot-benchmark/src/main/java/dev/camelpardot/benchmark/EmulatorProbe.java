package dev.camelpardot.benchmark;

/**
 * Measures {@link EmulatorCapacity}: the cheapest client there is here (contender A2, the JDK client's blocking
 * {@code send()}) with 20 lanes against the emulator without its in-flight limit.
 */
final class EmulatorProbe {

    private static final int LANES = 20;

    private EmulatorProbe() {
    }

    static EmulatorCapacity measure(Harness harness, double scale) throws Exception {
        try (RawHttpClientBlockingContender client = new RawHttpClientBlockingContender()) {
            client.start(harness.target());
            int messages = Scenario.ZERO_LATENCY.messages(scale) / 2;
            harness.warmUp(client, Scenario.ZERO_LATENCY, Scenario.ZERO_LATENCY.warmUpMessages(scale), LANES,
                    config -> config.maxInFlightPerBusinessUnit(0));
            Measurement m = harness.measure(client, Scenario.ZERO_LATENCY, 1, messages, LANES,
                    config -> config.maxInFlightPerBusinessUnit(0));
            harness.emulator().config().maxInFlightPerBusinessUnit(Scenario.SERVER_IN_FLIGHT_LIMIT);
            double seconds = m.elapsedNanos() / 1e9;
            EmulatorCapacity capacity = new EmulatorCapacity(LANES, messages, Math.round(messages / seconds * 10) / 10.0,
                    Math.round(m.emulatorCpuNanos() / 1e2 / messages) / 10.0,
                    Math.round(m.processCpuNanos() / 1e2 / messages) / 10.0,
                    Math.round(m.processCpuNanos() * 100.0 / m.elapsedNanos()
                            / Runtime.getRuntime().availableProcessors()) / 100.0);
            System.out.printf("emulator capacity: %s%n", capacity);
            return capacity;
        }
    }
}
