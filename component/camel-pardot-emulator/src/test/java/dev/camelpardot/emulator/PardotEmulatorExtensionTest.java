package dev.camelpardot.emulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PardotEmulatorExtensionTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static String firstBaseUrl;

    @Test
    @Order(1)
    void startsOnAFreeLocalPort() {
        firstBaseUrl = EMULATOR.baseUrl();
        assertThat(firstBaseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(EMULATOR.emulator().port()).isPositive();
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        ApiClient api = new ApiClient(EMULATOR.emulator());
        assertThat(api.createActivity(ApiClient.activity("Webinar", "Registered", "ann@example.com", "v")).status()).isEqualTo(201);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void resetsBeforeEachTestButKeepsTheServer() {
        assertThat(EMULATOR.baseUrl()).isEqualTo(firstBaseUrl);
        assertThat(EMULATOR.state().activityCount()).isZero();
        assertThat(EMULATOR.state().extensions()).isEmpty();
        assertThat(EMULATOR.state().tokenRequests()).isZero();
        assertThat(EMULATOR.config()).isSameAs(EMULATOR.emulator().config());
    }

    @Test
    @Order(3)
    void aTestMayInjectFaults() {
        EMULATOR.config().failureRate503(1.0).latency(java.time.Duration.ofMillis(300));
        assertThat(EMULATOR.config().failureRate503()).isEqualTo(1.0);
    }

    @Test
    @Order(4)
    void theNextTestStartsWithoutThem() {
        assertThat(EMULATOR.config().failureRate503()).as("reset before each test restores the faults").isZero();
        assertThat(EMULATOR.config().latency()).isEqualTo(java.time.Duration.ZERO);
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterEmulator() {
            assertThat(EMULATOR.baseUrl()).isEqualTo(firstBaseUrl == null ? EMULATOR.baseUrl() : firstBaseUrl);
            assertThat(EMULATOR.state().activityCount()).isZero();
        }
    }
}
