package dev.camelpardot.management;

import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.api.ApiStats;
import dev.camelpardot.api.PardotApi;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The statistics of one connection as Micrometer meters, read from the live counters when a registry is scraped
 * (nothing is counted twice). Names, all tagged {@code connection=<id>}:
 * <ul>
 * <li>gauges {@code pardot.requests.in.flight}, {@code pardot.permit.waiters}, {@code pardot.token.age}
 * (seconds; -1 before the first login);</li>
 * <li>counters {@code pardot.requests}, {@code pardot.retries}, {@code pardot.calls} (tag {@code outcome} =
 * success, failure), {@code pardot.errors} (tag {@code code} = 66, 122), {@code pardot.token.requests},
 * {@code pardot.token.refreshes}.</li>
 * </ul>
 */
public final class PardotMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    private PardotMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters of {@code connection}; {@link #close()} removes them again. */
    public static PardotMeters bind(MeterRegistry registry, ManagedPardotConnection connection, PardotApi api) {
        PardotMeters bound = new PardotMeters(registry);
        Tags tags = Tags.of("connection", connection.getId());
        ApiStats stats = api.stats();
        bound.gauge("pardot.requests.in.flight", "Account Engagement requests holding a permit now", tags, stats,
                s -> s.inFlight());
        bound.gauge("pardot.permit.waiters", "Account Engagement requests waiting for a permit now", tags, api,
                a -> a.waiting());
        bound.gauge("pardot.token.age", "Seconds since the access token was issued", tags, connection,
                c -> c.getTokenAgeSeconds());
        bound.counter("pardot.requests", "HTTP requests sent, every attempt", tags, stats, ApiStats::requests);
        bound.counter("pardot.retries", "Attempts repeated after a transient failure", tags, stats, ApiStats::retries);
        bound.counter("pardot.calls", "Calls ended", tags.and("outcome", "success"), stats, ApiStats::successes);
        bound.counter("pardot.calls", "Calls ended", tags.and("outcome", "failure"), stats, ApiStats::failures);
        bound.counter("pardot.errors", "Account Engagement error responses", tags.and("code", "66"), stats,
                ApiStats::concurrencyLimitErrors);
        bound.counter("pardot.errors", "Account Engagement error responses", tags.and("code", "122"), stats,
                ApiStats::dailyLimitErrors);
        bound.counter("pardot.token.requests", "HTTP requests to the token endpoint", tags, connection,
                ManagedPardotConnection::getTokenRequests);
        bound.counter("pardot.token.refreshes", "Refreshes asked for after an invalid-token answer", tags, stats,
                ApiStats::refreshes);
        return bound;
    }

    private <T> void gauge(String name, String description, Tags tags, T source,
                           java.util.function.ToDoubleFunction<T> value) {
        meters.add(Gauge.builder(name, source, value).description(description).tags(tags).register(registry));
    }

    private <T> void counter(String name, String description, Tags tags, T source,
                             java.util.function.ToLongFunction<T> value) {
        meters.add(FunctionCounter.builder(name, source, s -> value.applyAsLong(s)).description(description).tags(tags)
                .register(registry));
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
