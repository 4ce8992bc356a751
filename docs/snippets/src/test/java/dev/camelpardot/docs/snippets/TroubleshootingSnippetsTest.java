package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/troubleshooting.md: each onException does what its comment says. */
class TroubleshootingSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    /** The routes' file: endpoints are relative to the working directory (target/snippets-run). */
    private static final Path DATA = Path.of("data");

    private EmulatedCamel camel;

    @BeforeEach
    void start() throws Exception {
        delete(DATA);
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        camel = EmulatedCamel.withDefaults(EMULATOR).routes(new TroubleshootingRoutes());
        camel.pardot().setMaxRetries(1);
        camel.pardot().setRetryInitialDelay(10);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.close();
        EMULATOR.config().dailyLimit(0).failureRate503(0);
    }

    @Test
    void invalidDataIsFiledAsRejected() throws Exception {
        String bad = "{\"email\":\"not-an-e-mail\",\"value\":\"x\"}";
        Exchange result = camel.template().send("direct:deliver", e -> e.getIn().setBody(bad));
        assertThat(result.getException()).isNull();
        assertThat(files("rejected")).singleElement().satisfies(f -> assertThat(Files.readString(f)).isEqualTo(bad));
        assertThat(EMULATOR.state().responses()).isEmpty();
    }

    @Test
    void aPermanentRefusalIsParkedWithTheReason() throws Exception {
        String unknownType = "{\"email\":\"ada@example.com\",\"value\":\"x\",\"type\":\"Not_There\"}";
        Exchange result = camel.template().send("direct:deliver", e -> e.getIn().setBody(unknownType));
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader("reason", String.class)).contains("HTTP 400");
        assertThat(files("dead-letter")).hasSize(1);
    }

    @Test
    void theDailyLimitStaysUnhandled() {
        EMULATOR.config().dailyLimit(1);
        camel.template().sendBody("direct:deliver", "{\"email\":\"ada@example.com\",\"value\":\"first\"}");
        Exchange result = camel.template().send("direct:deliver", e -> e.getIn().setBody("{\"email\":\"ada@example.com\",\"value\":\"second\"}"));
        assertThat(result.getException()).isInstanceOf(PardotDailyLimitException.class);
    }

    @Test
    void aRetryableFailureThatOutlivedTheRetriesStaysUnhandled() throws Exception {
        EMULATOR.config().failureRate503(1.0);
        Exchange result = camel.template().send("direct:deliver", e -> e.getIn().setBody("{\"email\":\"ada@example.com\",\"value\":\"x\"}"));
        assertThat(result.getException()).isInstanceOf(PardotApiException.class);
        assertThat(((PardotApiException) result.getException()).isRetryable()).isTrue();
        assertThat(files("dead-letter")).isEmpty();
    }

    private static List<Path> files(String folder) throws IOException {
        Path dir = DATA.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
