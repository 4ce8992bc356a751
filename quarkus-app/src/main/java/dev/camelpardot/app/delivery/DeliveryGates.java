package dev.camelpardot.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.broker.DeliverySlots;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsConsumer;
import org.jboss.logging.Logger;
import org.springframework.jms.listener.AbstractMessageListenerContainer;

/**
 * The {@link DeliveryGate}s of every business unit, and what a pause does: the unit's slots stop taking messages
 * (their consumers stay, so the slots stay this replica's and the events stay queued), then an outage is probed once
 * per {@code pardot.delivery.probe-interval} and the daily limit waits for its reset; delivery resumes by itself.
 * Other business units are not affected. Runs on one scheduler thread from Camel's ExecutorServiceManager: a
 * delivery never waits for the pause it causes.
 */
@Singleton
public class DeliveryGates {

    private static final Logger LOG = Logger.getLogger(DeliveryGates.class);

    private final CamelContext camel;
    private final DeliverySlots slots;
    private final Duration probeInterval;
    private final DailyReset dailyReset;
    private final DeliveryMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, DeliveryGate> gates = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler;
    private AvailabilityProbe probe;

    public DeliveryGates(AppConfig config, BusinessUnits units, DeliverySlots slots, CamelContext camel,
                         DeliveryMetrics metrics) {
        this.camel = camel;
        this.slots = slots;
        this.probeInterval = config.delivery().probeInterval();
        this.dailyReset = new DailyReset(config.dailyLimit());
        this.metrics = metrics;
        for (String unit : units.all()) {
            DeliveryGate gate = new DeliveryGate(unit, config.delivery().outageThreshold(), this::paused);
            gates.put(unit, gate);
            metrics.gate(gate);
        }
        this.scheduler = camel.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "pardot-delivery-gates");
    }

    public DeliveryGate gate(String businessUnitId) {
        DeliveryGate gate = gates.get(businessUnitId);
        if (gate == null) {
            throw new IllegalArgumentException("unknown business unit " + businessUnitId);
        }
        return gate;
    }

    public Collection<DeliveryGate> all() {
        return gates.values();
    }

    /** The next probe time for an outage that starts now. */
    public Instant nextProbe() {
        return clock.instant().plus(probeInterval);
    }

    /** Pauses the gate's business unit for the daily limit, until its reset. */
    public void dailyLimit(DeliveryGate gate, String reason, Instant now) {
        gate.dailyLimit(reason, now, dailyReset.resumeTime(now));
    }

    public Instant now() {
        return clock.instant();
    }

    private void paused(DeliveryGate gate) {
        DeliveryGate.Pause pause = gate.pause();
        metrics.paused(gate.businessUnitId(), pause.cause());
        LOG.warnf("Delivery to business unit %s paused (%s): %s; events stay queued, %s %s", gate.businessUnitId(),
                describe(pause.cause()), pause.reason(),
                pause.cause() == DeliveryGate.Cause.OUTAGE ? "next probe at" : "resuming at", pause.until());
        scheduler.execute(() -> setConsuming(gate, false));
        schedule(gate, pause.until(), pause.cause() == DeliveryGate.Cause.OUTAGE ? () -> probe(gate) : () -> resume(gate));
    }

    private void probe(DeliveryGate gate) {
        if (probe == null) {
            // only on the scheduler thread, and only once Camel runs
            probe = new AvailabilityProbe(camel.createProducerTemplate());
        }
        probe.check(gate.businessUnitId()).whenComplete((failure, ignored) -> {
            FailureKind kind = failure == null ? null : FailureClassifier.classify(failure);
            if (kind == FailureKind.UNAVAILABLE) {
                Instant next = nextProbe();
                gate.nextProbe(next);
                LOG.debugf("Business unit %s still unavailable (%s); next probe at %s", gate.businessUnitId(),
                        failure.getMessage(), next);
                schedule(gate, next, () -> probe(gate));
            } else if (kind == FailureKind.DAILY_LIMIT) {
                gate.resumed();
                dailyLimit(gate, failure.getMessage(), clock.instant());
            } else {
                // answered: whatever the answer, the service is back; a record or credential problem shows per event
                resume(gate);
            }
        });
    }

    private void resume(DeliveryGate gate) {
        DeliveryGate.Pause pause = gate.pause();
        gate.resumed();
        scheduler.execute(() -> setConsuming(gate, true));
        LOG.infof("Delivery to business unit %s resumed after the %s pause since %s", gate.businessUnitId(),
                pause == null ? "" : describe(pause.cause()), pause == null ? "" : pause.since());
    }

    private void schedule(DeliveryGate gate, Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Delivery gate of business unit %s: %s", gate.businessUnitId(), e.getMessage());
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops or starts the JMS listeners of the unit's slot routes: a stopped listener keeps its consumer, so the slot
     * stays owned here and nothing is redelivered elsewhere, and the routes, health and the other units run on.
     */
    private void setConsuming(DeliveryGate gate, boolean consuming) {
        for (String queue : slots.queues(gate.businessUnitId())) {
            Route route = camel.getRoute(DeliveryRoutes.routeId(queue));
            if (route == null || !(route.getConsumer() instanceof JmsConsumer consumer)) {
                continue;
            }
            try {
                AbstractMessageListenerContainer listener = consumer.getListenerContainer();
                if (consuming) {
                    listener.start();
                } else {
                    listener.stop();
                }
            } catch (Exception e) {
                LOG.errorf("Could not %s route %s: %s", consuming ? "resume" : "pause", route.getRouteId(), e.getMessage());
            }
        }
    }

    private static String describe(DeliveryGate.Cause cause) {
        return cause == DeliveryGate.Cause.OUTAGE ? "Account Engagement unavailable" : "daily API limit";
    }

    @PreDestroy
    void stop() {
        camel.getExecutorServiceManager().shutdownNow(scheduler);
    }
}
