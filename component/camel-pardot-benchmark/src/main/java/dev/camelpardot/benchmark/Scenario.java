package dev.camelpardot.benchmark;

import java.time.Duration;

import dev.camelpardot.emulator.EmulatorConfig;

/**
 * The server conditions each contender is measured under. Every scenario keeps the server's limit of 5 requests in
 * flight per business unit, so a contender that sends a sixth gets error 66. Message counts are for scale 1.0 and
 * one round; they are sized so the whole run takes a few minutes on 2 cores.
 */
enum Scenario {

    ZERO_LATENCY("zero-latency", "no server latency", Duration.ZERO, 0, 0.0, 10_000, 1_000),
    LATENCY_50MS("latency-50ms", "50 ms server latency (ceiling 5 / 0.05 s = 100 msg/s)", Duration.ofMillis(50), 0,
            0.0, 600, 30),
    LATENCY_100MS("latency-100ms", "100 ms server latency (ceiling 5 / 0.1 s = 50 msg/s)", Duration.ofMillis(100), 0,
            0.0, 300, 20),
    TOKEN_EXPIRY("token-expiry", "no latency, the token expires every 1,000 calls", Duration.ZERO, 1_000, 0.0,
            8_000, 1_000),
    FAILURES_503("failures-503", "no latency, 2 % of requests answered 503", Duration.ZERO, 0, 0.02, 4_000, 600);

    static final int SERVER_IN_FLIGHT_LIMIT = 5;

    private final String id;
    private final String description;
    private final Duration latency;
    private final int tokenMaxCalls;
    private final double failureRate503;
    private final int messages;
    private final int warmUpMessages;

    Scenario(String id, String description, Duration latency, int tokenMaxCalls, double failureRate503, int messages,
            int warmUpMessages) {
        this.id = id;
        this.description = description;
        this.latency = latency;
        this.tokenMaxCalls = tokenMaxCalls;
        this.failureRate503 = failureRate503;
        this.messages = messages;
        this.warmUpMessages = warmUpMessages;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    Duration latency() {
        return latency;
    }

    int messages(double scale) {
        return Math.max(50, (int) Math.round(messages * scale));
    }

    int warmUpMessages(double scale) {
        return Math.max(20, (int) Math.round(warmUpMessages * scale));
    }

    /** The server's throughput ceiling for 5 in flight, or 0 when latency is zero (then only CPU limits it). */
    double ceilingPerSecond() {
        return latency.isZero() ? 0 : SERVER_IN_FLIGHT_LIMIT / (latency.toNanos() / 1e9);
    }

    void apply(EmulatorConfig config) {
        config.maxInFlightPerBusinessUnit(SERVER_IN_FLIGHT_LIMIT)
                .latency(latency)
                .jitter(Duration.ZERO)
                .tokenMaxCalls(tokenMaxCalls)
                .tokenTtl(Duration.ZERO)
                .failureRate503(failureRate503)
                .failureRate183(0)
                .dropConnectionRate(0);
    }

    static Scenario byId(String id) {
        for (Scenario scenario : values()) {
            if (scenario.id.equalsIgnoreCase(id) || scenario.name().equalsIgnoreCase(id)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario " + id);
    }
}
