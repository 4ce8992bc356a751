package dev.camelpardot.camel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": {@code from("seda:in?concurrentConsumers=20").to("pardot:external-activity?extension=X&type=Y")}
 * fed 500 Map bodies against a server with 20 ms latency, a token that expires every 100 calls and 3% 503s:
 * every activity delivered exactly once, one token request per expiry, never more than 5 in flight, no error 66,
 * and no secret in any log line.
 */
class SedaLoadTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension(EmulatorConfig.defaults()
            .latency(Duration.ofMillis(20))
            .tokenMaxCalls(100)
            .failureRate503(0.03));

    private static final int EVENTS = 500;

    @Test
    void fiveHundredEventsThroughTwentyConsumers() throws Exception {
        EMULATOR.state().seedReadySetup("X", "Y");
        AtomicInteger failed = new AtomicInteger();
        List<String> logLines;
        try (LogCapture logs = new LogCapture(Level.INFO);
             CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
             }, new RouteBuilder() {
                 @Override
                 public void configure() {
                     onException(Exception.class).handled(true).process(e -> failed.incrementAndGet());
                     from("seda:in?concurrentConsumers=20").routeId("load")
                             .to("pardot:external-activity?extension=X&type=Y");
                 }
             })) {
            NotifyBuilder done = new NotifyBuilder(camel.context()).fromRoute("load").whenDone(EVENTS).create();

            for (int i = 0; i < EVENTS; i++) {
                camel.template.sendBody("seda:in", Map.of("email", "load" + i + "@example.com", "value", "event-" + i));
            }

            assertThat(done.matches(120, TimeUnit.SECONDS)).as("all exchanges done").isTrue();
            logLines = logs.lines();
        }

        assertThat(failed.get()).as("failed exchanges").isZero();
        List<RecordedActivity> activities = EMULATOR.state().activities();
        assertThat(activities).hasSize(EVENTS);
        assertThat(activities).extracting(RecordedActivity::value).doesNotHaveDuplicates();

        Map<String, Long> responses = EMULATOR.state().responses();
        long expired = EMULATOR.state().responseCount(401, 184);
        long served = responses.values().stream().mapToLong(Long::longValue).sum()
                      - EMULATOR.state().responseCount(503) - expired;
        // each token serves 100 calls; a new one is fetched only when one expires: ceil(served / 100) in all
        assertThat(EMULATOR.state().tokenRequests()).as("token requests for %s served calls, responses %s", served, responses)
                .isEqualTo((served + 99) / 100);
        assertThat(expired).as("some requests met an expired token").isPositive();
        assertThat(EMULATOR.state().responseCount(503)).as("faults were injected").isPositive();
        assertThat(EMULATOR.state().maxInFlight()).isLessThanOrEqualTo(5);
        assertThat(EMULATOR.state().responseCount(429, 66)).isZero();

        assertThat(logLines).noneMatch(line -> line.contains(EmulatorDefaults.CLIENT_SECRET)
                                               || line.contains(EmulatorDefaults.REFRESH_TOKEN)
                                               || line.contains(EmulatorDefaults.ORGANIZATION_ID + "!"));
    }
}
