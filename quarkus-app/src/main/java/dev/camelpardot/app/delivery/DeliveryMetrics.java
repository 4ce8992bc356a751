package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Delivery counts per source (file, http, jms) for /q/metrics, plus plain totals for /status. In Prometheus:
 * {@code pardot_activities_delivered_total}, {@code _failed_total} (an attempt that failed),
 * {@code _retried_total} (put back for a later attempt), {@code _dead_lettered_total} (with a {@code stage} tag:
 * ingress or delivery) and the timer {@code pardot_delivery_latency_seconds} (the Account Engagement call). Per
 * business unit: {@code pardot_delivery_paused} (1 while paused, tag {@code cause}: outage or daily_limit),
 * {@code pardot_delivery_pauses_total} and {@code pardot_delivery_consecutive_failures}.
 */
@Singleton
public class DeliveryMetrics {

    public static final String DELIVERED = "pardot.activities.delivered";
    public static final String FAILED = "pardot.activities.failed";
    public static final String RETRIED = "pardot.activities.retried";
    public static final String DEAD_LETTERED = "pardot.activities.dead.lettered";
    public static final String LATENCY = "pardot.delivery.latency";
    public static final String PAUSED = "pardot.delivery.paused";
    public static final String PAUSES = "pardot.delivery.pauses";
    public static final String CONSECUTIVE_FAILURES = "pardot.delivery.consecutive.failures";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void delivered(String source, Duration latency) {
        count(DELIVERED, source);
        timers.computeIfAbsent(source, s -> Timer.builder(LATENCY).tag("source", s)
                .description("Time of the Account Engagement call that delivered an activity")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry)).record(latency);
    }

    public void failed(String source) {
        count(FAILED, source);
    }

    public void retried(String source) {
        count(RETRIED, source);
    }

    public void deadLettered(String source, String stage) {
        deadLettered(source, stage, 1);
    }

    public void deadLettered(String source, String stage, long count) {
        counters.computeIfAbsent(DEAD_LETTERED + "|" + source + "|" + stage,
                k -> Counter.builder(DEAD_LETTERED).tag("source", source).tag("stage", stage).register(registry)).increment(count);
        totals.computeIfAbsent(DEAD_LETTERED, k -> new AtomicLong()).addAndGet(count);
    }

    /** The gauges of one business unit's gate. */
    void gate(DeliveryGate gate) {
        for (DeliveryGate.Cause cause : DeliveryGate.Cause.values()) {
            Gauge.builder(PAUSED, gate, g -> {
                DeliveryGate.Pause pause = g.pause();
                return pause != null && pause.cause() == cause ? 1 : 0;
            }).tag("business_unit", gate.businessUnitId()).tag("cause", tag(cause))
                    .description("1 while delivery to the business unit is paused for this cause").register(registry);
        }
        Gauge.builder(CONSECUTIVE_FAILURES, gate, DeliveryGate::consecutiveFailures)
                .tag("business_unit", gate.businessUnitId())
                .description("Deliveries in a row that found Account Engagement unavailable").register(registry);
    }

    void paused(String businessUnitId, DeliveryGate.Cause cause) {
        counters.computeIfAbsent(PAUSES + "|" + businessUnitId + "|" + cause, k -> Counter.builder(PAUSES)
                .tag("business_unit", businessUnitId).tag("cause", tag(cause))
                .description("Times delivery to the business unit paused").register(registry)).increment();
    }

    private static String tag(DeliveryGate.Cause cause) {
        return cause.name().toLowerCase(Locale.ROOT);
    }

    /** Totals over all sources since start, for /status. */
    public long total(String name) {
        AtomicLong total = totals.get(name);
        return total == null ? 0 : total.get();
    }

    private void count(String name, String source) {
        counters.computeIfAbsent(name + "|" + source,
                k -> Counter.builder(name).tag("source", source).register(registry)).increment();
        totals.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }
}
