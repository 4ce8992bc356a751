package dev.camelpardot.app.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import org.jboss.logging.Logger;

/**
 * The {@link DeliveryGate}s of every business unit, with what a pause means here: the next probe of an outage after
 * {@code pardot.delivery.probe-interval}, of the daily limit at its reset. Other business units are not affected.
 */
@Singleton
public class DeliveryGates {

    private static final Logger LOG = Logger.getLogger(DeliveryGates.class);

    private final Duration probeInterval;
    private final DailyReset dailyReset;
    private final DeliveryMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, DeliveryGate> gates = new LinkedHashMap<>();

    public DeliveryGates(AppConfig config, BusinessUnits units, DeliveryMetrics metrics) {
        this.probeInterval = config.delivery().probeInterval();
        this.dailyReset = new DailyReset(config.dailyLimit());
        this.metrics = metrics;
        for (String unit : units.all()) {
            DeliveryGate gate = new DeliveryGate(unit, config.delivery().outageThreshold(), clock, this::paused,
                    pause -> resumed(unit, pause));
            gates.put(unit, gate);
            metrics.gate(gate);
        }
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

    /** When the next probe of an outage seen now may go out. */
    public Instant nextProbe() {
        return clock.instant().plus(probeInterval);
    }

    /** When delivery may try again after the daily limit was met now. */
    public Instant dailyResume() {
        return dailyReset.resumeTime(clock.instant());
    }

    private void paused(DeliveryGate gate) {
        DeliveryGate.Pause pause = gate.pause();
        if (pause == null) {
            return;
        }
        metrics.paused(gate.businessUnitId(), pause.cause());
        LOG.warnf("Delivery to business unit %s paused (%s): %s; events stay queued, next try at %s",
                gate.businessUnitId(), describe(pause.cause()), pause.reason(), pause.until());
    }

    private void resumed(String businessUnitId, DeliveryGate.Pause pause) {
        LOG.infof("Delivery to business unit %s resumed after the %s pause since %s", businessUnitId,
                describe(pause.cause()), pause.since());
    }

    private static String describe(DeliveryGate.Cause cause) {
        return cause == DeliveryGate.Cause.OUTAGE ? "Account Engagement unavailable" : "daily API limit";
    }
}
