package dev.camelpardot.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import dev.camelpardot.model.DeliveryResult;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A Collection / Iterable / Iterator / array / JSON array body: one result per element, failures never stop the rest. */
class ExternalActivityBatchTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String URI = "pardot:external-activity?extension=Webinar&type=Registered";

    private CamelHarness camel;

    @AfterEach
    void tearDown() {
        if (camel != null) {
            camel.close();
        }
        EMULATOR.config().latency(Duration.ZERO);
    }

    @Test
    void reportPolicyDeliversTheRestAndReportsEachElement() throws Exception {
        start();
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(Map.of("email", "p" + i + "@example.com", "value", "v" + i));
        }
        batch.set(3, Map.of("email", "broken", "value", "bad address"));           // refused before sending
        batch.set(6, Map.of("email", "p6@example.com", "value", "v6", "type", "NoSuchType")); // refused by the server

        Exchange exchange = camel.send(URI, batch);

        assertThat(exchange.getException()).isNull();
        List<DeliveryResult> results = results(exchange);
        assertThat(results).extracting(DeliveryResult::index).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        assertThat(results.get(3).delivered()).isFalse();
        assertThat(results.get(3).exception()).isInstanceOf(PardotValidationException.class);
        assertThat(results.get(3).reason()).contains("email");
        assertThat(results.get(3).activity().email()).as("what was refused").isEqualTo("broken");
        assertThat(results.get(6).delivered()).isFalse();
        assertThat(results.get(6).exception()).isInstanceOf(PardotApiException.class);
        assertThat(((PardotApiException) results.get(6).exception()).getHttpStatus()).isEqualTo(400);
        assertThat(results.get(6).activity().type()).isEqualTo("NoSuchType");
        assertThat(results).filteredOn(DeliveryResult::delivered).hasSize(8)
                .allSatisfy(r -> assertThat(r.created().id()).isNotNull());
        assertThat(exchange.getMessage().getHeader(PardotConstants.DELIVERED_COUNT)).isEqualTo(8);
        assertThat(exchange.getMessage().getHeader(PardotConstants.FAILED_COUNT)).isEqualTo(2);
        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::value)
                .containsExactlyInAnyOrder("v0", "v1", "v2", "v4", "v5", "v7", "v8", "v9");
    }

    @Test
    void failPolicyFailsTheExchangeButKeepsEveryResult() throws Exception {
        start();
        List<ExternalActivity> batch = List.of(
                ExternalActivity.of(null, null, "a@example.com", "a"),
                ExternalActivity.of(null, null, "b@example.com", "x".repeat(101)),
                ExternalActivity.of(null, null, "c@example.com", "c"));

        Exchange exchange = camel.send(URI + "&batchFailurePolicy=fail", batch);

        assertThat(exchange.getException()).isInstanceOf(PardotBatchException.class);
        PardotBatchException failure = (PardotBatchException) exchange.getException();
        assertThat(failure.getFailedCount()).isEqualTo(1);
        assertThat(failure.getDeliveredCount()).isEqualTo(2);
        assertThat(failure.getMessage()).contains("1 of 3 external activities failed", "#1", "value is 101 characters");
        assertThat(results(exchange)).hasSize(3);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(2);
    }

    @Test
    void failPolicyWithoutFailuresSucceeds() throws Exception {
        start();
        Exchange exchange = camel.send(URI + "&batchFailurePolicy=fail",
                List.of(Map.of("email", "a@example.com", "value", "a")));

        assertThat(exchange.getException()).isNull();
        assertThat(results(exchange)).singleElement().satisfies(r -> assertThat(r.delivered()).isTrue());
    }

    @Test
    void jsonArrayBodyIsABatch() throws Exception {
        start();
        Exchange exchange = camel.send(URI, "[{\"email\":\"a@example.com\",\"value\":\"a\"},"
                                            + "{\"email\":\"b@example.com\",\"value\":\"b\"}]");

        assertThat(exchange.getException()).isNull();
        assertThat(results(exchange)).hasSize(2).allMatch(DeliveryResult::delivered);
        assertThat(EMULATOR.state().activityCount()).isEqualTo(2);
    }

    @Test
    void arrayBodyAndEmptyBatch() throws Exception {
        start();
        Exchange array = camel.send(URI, new Object[] { Map.of("email", "a@example.com", "value", "a") });
        assertThat(results(array)).hasSize(1).allMatch(DeliveryResult::delivered);

        Exchange empty = camel.send(URI, List.of());
        assertThat(empty.getException()).isNull();
        assertThat(results(empty)).isEmpty();
        assertThat(empty.getMessage().getHeader(PardotConstants.DELIVERED_COUNT)).isEqualTo(0);
    }

    @Test
    void aLargeLazyBodyIsReadAWindowAtATimeAndStaysUnderTheInFlightCap() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(15));
        start();
        int size = 60;
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterator<Map<String, Object>> lazy = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < size;
            }

            @Override
            public Map<String, Object> next() {
                int index = pulled.getAndIncrement();
                // how far reading runs ahead of what the server has recorded
                mostAhead.accumulateAndGet(index - EMULATOR.state().activityCount(), Math::max);
                return Map.of("email", "lazy" + index + "@example.com", "value", "v" + index);
            }
        };

        Exchange exchange = camel.send(URI, lazy);

        assertThat(exchange.getException()).isNull();
        assertThat(results(exchange)).hasSize(size).allMatch(DeliveryResult::delivered);
        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::value).doesNotHaveDuplicates().hasSize(size);
        // window = 2 x maxConcurrentRequests (5): never more than 10 elements read and not yet recorded
        assertThat(mostAhead.get()).isLessThanOrEqualTo(10);
        assertThat(EMULATOR.state().maxInFlight()).isLessThanOrEqualTo(5);
        assertThat(EMULATOR.state().responseCount(429, 66)).isZero();
    }

    private void start() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        camel = CamelHarness.start(EMULATOR);
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryResult> results(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(List.class);
        return ((List<Object>) body).stream().map(DeliveryResult.class::cast).collect(Collectors.toList());
    }
}
