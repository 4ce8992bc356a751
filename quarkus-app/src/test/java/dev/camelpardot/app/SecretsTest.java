package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs last: by then the log holds a start-up, deliveries, retries, token refreshes and dead letters. */
@QuarkusTest
@Order(99)
class SecretsTest {

    @Test
    void noSecretReachesTheLog() throws Exception {
        Path log = Path.of("target/app-test.log");
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).contains("Delivered").contains("Setup ensured");
        assertThat(text).doesNotContain("emulator-secret", "emulator-refresh-token", "test-key-1", "test-key-2");
        assertThat(text).doesNotContainPattern("(?i)bearer\\s+[A-Za-z0-9._-]{8,}");
    }
}
