package dev.camelpardot.camel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ThreadPoolProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every thread of the component comes from the context's ExecutorServiceManager and ends with the context. */
class ThreadPoolsTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void theRouteContinuesOnTheContextsPoolAndNoThreadOutlivesTheContext() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        AtomicReference<String> continuedOn = new AtomicReference<>();
        CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("pardot:external-activity?extension=Webinar&type=Registered")
                        .process(e -> continuedOn.set(Thread.currentThread().getName()));
            }
        });
        try {
            Exchange exchange = camel.send("direct:in", Map.of("email", "t@example.com", "value", "threads"));
            assertThat(exchange.getException()).isNull();
            // Camel names the threads of the pools it made: "Camel (<context>) thread #N - PardotHttp"
            assertThat(continuedOn.get()).startsWith("Camel (" + camel.context().getName() + ") thread #")
                    .endsWith(" - " + PardotThreadPools.WORKERS);
            assertThat(componentThreads()).isNotEmpty().allMatch(name -> name.startsWith("Camel ("));
            ThreadPoolProfile profile = camel.context().getExecutorServiceManager()
                    .getThreadPoolProfile(PardotThreadPools.PROFILE);
            assertThat(profile.getMaxPoolSize()).isEqualTo(100);
            assertThat(profile.getMaxQueueSize()).isZero();
        } finally {
            camel.close();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(componentThreads()).isEmpty());
    }

    @Test
    void aProfileTheApplicationRegisteredIsUsedAsItIs() throws Exception {
        ThreadPoolProfile mine = new ThreadPoolProfile(PardotThreadPools.PROFILE);
        mine.setPoolSize(2);
        mine.setMaxPoolSize(7);
        mine.setMaxQueueSize(0);
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, null, context -> context.getExecutorServiceManager().registerThreadPoolProfile(mine))) {
            assertThat(camel.context().getExecutorServiceManager().getThreadPoolProfile(PardotThreadPools.PROFILE))
                    .isSameAs(mine);
            assertThat(mine.getMaxPoolSize()).as("not overwritten by the default").isEqualTo(7);
        }
    }

    /** Threads the component made: the context's pools named after it, and any the old transport named pardot-*. */
    private static List<String> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.endsWith(" - " + PardotThreadPools.WORKERS)
                                || name.endsWith(" - " + PardotThreadPools.SCHEDULER)
                                || name.startsWith("pardot-") && !name.startsWith("pardot-emulator-"))
                .toList();
    }
}
