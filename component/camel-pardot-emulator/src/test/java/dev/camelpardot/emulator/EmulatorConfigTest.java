package dev.camelpardot.emulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorConfigTest {

    @Test
    void defaultsMatchTheContract() {
        EmulatorConfig config = EmulatorConfig.defaults();
        assertThat(config.port()).isZero();
        assertThat(config.clientId()).isEqualTo("emulator-client");
        assertThat(config.clientSecret()).isEqualTo("emulator-secret");
        assertThat(config.refreshToken()).isEqualTo("emulator-refresh-token");
        assertThat(config.username()).isEqualTo("integration@example.com");
        assertThat(config.password()).isEqualTo("emulator-password");
        assertThat(config.maxInFlightPerBusinessUnit()).isEqualTo(5);
        assertThat(config.dailyLimit()).isZero();
        assertThat(config.expiredTokenStatus()).isEqualTo(401);
        assertThat(config.unknownEmailPolicy()).isEqualTo(UnknownEmailPolicy.ACCEPT);
        assertThat(config.tokenTtl()).isEqualTo(Duration.ZERO);
        assertThat(config.latency()).isEqualTo(Duration.ZERO);
        assertThat(EmulatorDefaults.BUSINESS_UNIT_ID).isEqualTo("0UvEMULATOR00000AA");
    }

    @Test
    void toStringMasksSecrets() {
        String text = EmulatorConfig.defaults().clientSecret("s3cret").refreshToken("rt-value").password("pw-value").toString();
        assertThat(text).contains("clientId=emulator-client").doesNotContain("s3cret").doesNotContain("rt-value")
                .doesNotContain("pw-value");
    }

    @Test
    void rejectsImpossibleSettings() {
        EmulatorConfig config = EmulatorConfig.defaults();
        assertThatThrownBy(() -> config.expiredTokenStatus(403)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.failureRate503(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.dropConnectionRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.clientId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.tokenMaxCalls(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsOnAChosenPortAndRejectsABusyOne() {
        try (PardotEmulator first = PardotEmulator.start()) {
            assertThatThrownBy(() -> PardotEmulator.start(EmulatorConfig.defaults().port(first.port())))
                    .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(String.valueOf(first.port()));
        }
    }

    @Test
    void seedingRejectsBadInputWithClearMessages() {
        try (PardotEmulator emulator = PardotEmulator.start()) {
            EmulatorState state = emulator.state();
            assertThatThrownBy(() -> state.addBusinessUnit("0Uvshort", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> state.seedActivityType("Missing", "T", "T", true)).hasMessageContaining("Missing");
            assertThatThrownBy(() -> state.seedExtension("bad name", "x", true)).hasMessageContaining("FIELD_INTEGRITY_EXCEPTION");
            state.seedExtension("Webinar", "Webinar", true);
            assertThatThrownBy(() -> state.assign("Webinar", "0UvEMULATOR00999AA")).hasMessageContaining("INVALID_CROSS_REFERENCE_KEY");
        }
    }
}
