package dev.camelpardot.camel;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of Account Engagement for one business unit over one connection: a token can be had and Account
 * Engagement answers (see {@link PardotReadinessProbe} for what counts as answering). The component registers one per
 * connection and business unit however many producers use them, so routes that share them do not each probe.
 * <p>
 * A call never waits for I/O: under Quarkus, SmallRye Health runs checks on the Vert.x event loop, where a slow
 * Salesforce would stall the HTTP server. A call reports the last probe's result; when that result is older than
 * {@link #UP_REUSE_MILLIS} (UP: few calls, little of the daily API allocation) or {@link #DOWN_RETRY_MILLIS} (DOWN:
 * notice recovery soon) it also starts a new probe in the background, at most one at a time, whose completion
 * replaces the result. Until the first probe has finished it reports DOWN with the detail {@code checking}. The first
 * probe starts when the producer starts (with producer checks enabled) or at the first call. Details carry the HTTP
 * status, the error code, a hint and when the reported probe finished, never a secret.
 */
public class PardotHealthCheck extends AbstractHealthCheck {

    /** How long an UP result stands before a call starts the next probe. */
    public static final long UP_REUSE_MILLIS = 60_000;
    /** How long a DOWN result stands before a call starts the next probe. */
    public static final long DOWN_RETRY_MILLIS = 10_000;
    /** The detail (value true) of the result reported before the first probe has finished. */
    public static final String CHECKING = "checking";

    private final PardotConnection connection;
    private final String businessUnitId;
    private final String endpointUri;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile ProbeResult last;
    private volatile LongSupplier clock = System::currentTimeMillis;

    /**
     * @param id          unique among the context's checks, e.g. {@code producer:pardot-account-engagement-0Uv...}
     * @param endpointUri the first endpoint that uses it, for the detail {@value HealthCheck#ENDPOINT_URI}
     */
    PardotHealthCheck(String id, PardotConnection connection, String businessUnitId, String endpointUri) {
        super("camel", id);
        this.connection = connection;
        this.businessUnitId = businessUnitId;
        this.endpointUri = endpointUri;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(HealthCheck.ENDPOINT_URI, endpointUri);
        builder.detail("business.unit.id", businessUnitId);
        ProbeResult result = last;
        if (result == null || result.isStale(clock.getAsLong(), UP_REUSE_MILLIS, DOWN_RETRY_MILLIS)) {
            probe();
        }
        if (result == null) {
            builder.detail(CHECKING, true);
            builder.message("checking: the first probe of Salesforce and Account Engagement has not finished");
            builder.down();
            return;
        }
        result.applyTo(builder);
    }

    /**
     * Starts a probe in the background unless one is in flight; returns at once.
     *
     * @return true if this call started one
     */
    public boolean probe() {
        if (!probing.compareAndSet(false, true)) {
            return false;
        }
        try {
            PardotReadinessProbe.run(connection, businessUnitId, clock)
                    .whenComplete((result, failure) -> finished(result != null ? result
                            : PardotReadinessProbe.outcome(failure, clock.getAsLong())));
        } catch (RuntimeException notStarted) {
            finished(PardotReadinessProbe.outcome(notStarted, clock.getAsLong()));
        }
        return true;
    }

    /** True while a probe is in flight. */
    public boolean isProbing() {
        return probing.get();
    }

    private void finished(ProbeResult result) {
        // the result first: a call that sees no probe in flight must see this result
        last = result;
        probing.set(false);
    }

    /** For tests: the time source that ages results. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }
}
