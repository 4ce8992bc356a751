package dev.camelpardot.emulator;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Draws the configured faults and delays for one request. */
final class Faults {

    private final EmulatorConfig config;

    Faults(EmulatorConfig config) {
        this.config = config;
    }

    boolean dropConnection() {
        return chance(config.dropConnectionRate());
    }

    boolean serviceUnavailable() {
        return chance(config.failureRate503());
    }

    boolean internalError() {
        return chance(config.failureRate183());
    }

    /** {@link EmulatorConfig#latency} plus a uniform random share of {@link EmulatorConfig#jitter}. */
    Duration responseDelay() {
        Duration latency = config.latency();
        long jitterNanos = config.jitter().toNanos();
        if (jitterNanos > 0) {
            latency = latency.plusNanos(ThreadLocalRandom.current().nextLong(jitterNanos + 1));
        }
        return latency;
    }

    private static boolean chance(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }
}
