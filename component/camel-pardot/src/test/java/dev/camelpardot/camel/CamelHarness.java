package dev.camelpardot.camel;

import java.util.function.Consumer;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A plain DefaultCamelContext with a {@code pardot} component pointed at the emulator. Plain rather than
 * CamelTestSupport so the context starts after the emulator's per-test reset, and counts of token requests hold.
 */
final class CamelHarness implements AutoCloseable {

    final DefaultCamelContext context = new DefaultCamelContext();
    final PardotComponent component = new PardotComponent();
    ProducerTemplate template;

    private CamelHarness() {
    }

    /** The component options against the emulator: refresh-token flow, default business unit, login at start. */
    static void emulatorOptions(PardotConfiguration configuration, PardotEmulatorExtension emulator) {
        configuration.setLoginUrl(emulator.baseUrl());
        configuration.setPardotUrl(emulator.baseUrl());
        configuration.setClientId(EmulatorDefaults.CLIENT_ID);
        configuration.setClientSecret(EmulatorDefaults.CLIENT_SECRET);
        configuration.setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
        configuration.setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
        // quick retries keep the tests fast; the counts are what matters
        configuration.setRetryInitialDelay(20);
        configuration.setRetryMaxDelay(200);
    }

    static CamelHarness start(PardotEmulatorExtension emulator) throws Exception {
        return start(emulator, c -> {
        }, null);
    }

    static CamelHarness start(PardotEmulatorExtension emulator, Consumer<PardotConfiguration> tweak) throws Exception {
        return start(emulator, tweak, null);
    }

    static CamelHarness start(PardotEmulatorExtension emulator, Consumer<PardotConfiguration> tweak, RoutesBuilder routes)
            throws Exception {
        return start(emulator, tweak, routes, context -> {
        });
    }

    /** As above, with {@code beforeStart} applied to the context just before it starts. */
    static CamelHarness start(PardotEmulatorExtension emulator, Consumer<PardotConfiguration> tweak, RoutesBuilder routes,
                              Consumer<CamelContext> beforeStart) throws Exception {
        CamelHarness harness = new CamelHarness();
        emulatorOptions(harness.component.getConfiguration(), emulator);
        tweak.accept(harness.component.getConfiguration());
        harness.context.addComponent("pardot", harness.component);
        if (routes != null) {
            harness.context.addRoutes(routes);
        }
        try {
            beforeStart.accept(harness.context);
            harness.context.start();
        } catch (Exception e) {
            harness.close();
            throw e;
        }
        harness.template = harness.context.createProducerTemplate();
        return harness;
    }

    /** What camel.health.producers-enabled=true does in camel-main (Camel keeps producer checks off by default). */
    static void enableProducerHealthChecks(CamelContext context) {
        HealthCheckHelper.getHealthCheckRepository(context, "producers", HealthCheckRepository.class).setEnabled(true);
    }

    /** Sends to {@code uri} and returns the exchange (an exception is on it, not thrown). */
    Exchange send(String uri, Object body) {
        return template.send(uri, exchange -> exchange.getMessage().setBody(body));
    }

    Exchange send(String uri, Consumer<Exchange> prepare) {
        return template.send(uri, prepare::accept);
    }

    CamelContext context() {
        return context;
    }

    @Override
    public void close() {
        context.stop();
    }
}
