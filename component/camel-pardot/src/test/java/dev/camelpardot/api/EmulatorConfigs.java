package dev.camelpardot.api;

import java.time.Duration;

import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.EmulatorDefaults;

/** The emulator's reset keeps its configuration: tests that change settings put them back with this. */
public final class EmulatorConfigs {

    private EmulatorConfigs() {
    }

    public static void restoreDefaults(EmulatorConfig config) {
        config.refreshToken(EmulatorDefaults.REFRESH_TOKEN)
                .tokenTtl(Duration.ZERO)
                .tokenMaxCalls(0)
                .rotateRefreshTokens(false)
                .maxInFlightPerBusinessUnit(EmulatorDefaults.MAX_IN_FLIGHT_PER_BUSINESS_UNIT)
                .dailyLimit(0)
                .expiredTokenStatus(401)
                .latency(Duration.ZERO)
                .jitter(Duration.ZERO)
                .failureRate503(0)
                .failureRate183(0)
                .dropConnectionRate(0)
                .tokenEndpointLatency(Duration.ZERO);
    }
}
