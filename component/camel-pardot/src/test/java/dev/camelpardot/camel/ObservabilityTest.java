package dev.camelpardot.camel;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.management.ConnectionManagement;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The component's statistics over JMX, as Micrometer meters and in the dev console; never a secret in any. */
class ObservabilityTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final RouteBuilder ROUTE = new RouteBuilder() {
        @Override
        public void configure() {
            from("direct:in").to("pardot:external-activity?extension=Webinar&type=Registered");
        }
    };

    @Test
    void theConnectionsCountersAreJmxAttributes() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, ROUTE)) {
            exercise(camel);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = ConnectionManagement.objectName(camel.context(),
                    camel.context().getManagementStrategy().getManagementAgent(), "pardot-1");
            assertThat(server.isRegistered(name)).as(name.toString()).isTrue();
            assertThat(server.getAttribute(name, "Requests")).isEqualTo(5L);
            assertThat(server.getAttribute(name, "Retries")).isEqualTo(0L);
            assertThat(server.getAttribute(name, "Successes")).isEqualTo(3L);
            assertThat(server.getAttribute(name, "Failures")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "InFlight")).isEqualTo(0);
            assertThat(server.getAttribute(name, "MaxInFlight")).isEqualTo(1);
            assertThat(server.getAttribute(name, "PermitWaiters")).isEqualTo(0);
            assertThat(server.getAttribute(name, "TokenRequests")).isEqualTo(2L);
            assertThat(server.getAttribute(name, "TokenRefreshes")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "ConcurrencyLimitErrors")).isEqualTo(0L);
            assertThat(server.getAttribute(name, "DailyLimitErrors")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "MaxConcurrentRequests")).isEqualTo(5);
            assertThat(server.getAttribute(name, "PardotUrl")).isEqualTo(EMULATOR.baseUrl());
            assertThat(server.getAttribute(name, "AuthenticationType")).isEqualTo("REFRESH_TOKEN");
            assertThat((Long) server.getAttribute(name, "TokenAgeSeconds")).isBetween(0L, 60L);
            // the pools are Camel's, so JMX lists them too
            assertThat(server.queryNames(new ObjectName("org.apache.camel:context=" + camel.context().getManagementName()
                                                        + ",type=threadpools,*"), null))
                    .anySatisfy(pool -> {
                        assertThat(server.getAttribute(pool, "ThreadPoolProfileId")).isEqualTo(PardotThreadPools.PROFILE);
                        assertThat(server.getAttribute(pool, "MaximumPoolSize")).isEqualTo(100);
                    });

            camel.context().stop();
            assertThat(server.isRegistered(name)).as("unregistered with the connection").isFalse();
        }
    }

    @Test
    void theCountersAreMicrometerMetersWhenARegistryIsBound() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        MeterRegistry meters = new SimpleMeterRegistry();
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, ROUTE, context -> context.getRegistry().bind(ConnectionManagement.CAMEL_MICROMETER_REGISTRY, meters))) {
            exercise(camel);

            assertThat(meters.get("pardot.requests").tag("connection", "pardot-1").functionCounter().count()).isEqualTo(5);
            assertThat(meters.get("pardot.calls").tag("outcome", "success").functionCounter().count()).isEqualTo(3);
            assertThat(meters.get("pardot.calls").tag("outcome", "failure").functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("pardot.retries").functionCounter().count()).isZero();
            assertThat(meters.get("pardot.errors").tag("code", "66").functionCounter().count()).isZero();
            assertThat(meters.get("pardot.errors").tag("code", "122").functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("pardot.token.requests").functionCounter().count()).isEqualTo(2);
            assertThat(meters.get("pardot.token.refreshes").functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("pardot.requests.in.flight").gauge().value()).isZero();
            assertThat(meters.get("pardot.permit.waiters").gauge().value()).isZero();
            assertThat(meters.get("pardot.token.age").gauge().value()).isBetween(0.0, 60.0);

            camel.context().stop();
            assertThat(meters.find("pardot.requests").meters()).as("removed with the connection").isEmpty();
        }
    }

    @Test
    void theDevConsoleShowsConnectionsTokenAgeAndPermitsButNoSecret() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, ROUTE)) {
            assertThat(camel.send("direct:in", activity(1)).getException()).isNull();
            DevConsole console = PluginHelper.getDevConsoleResolver(camel.context()).resolveDevConsole("pardot");
            assertThat(console).isInstanceOf(PardotDevConsole.class);

            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
            java.util.Collection<Object> connections = json.getCollection("connections");
            assertThat(connections).hasSize(1);
            JsonObject connection = (JsonObject) connections.iterator().next();
            assertThat(connection.getString("id")).isEqualTo("pardot-1");
            assertThat(connection.getString("pardotUrl")).isEqualTo(EMULATOR.baseUrl());
            assertThat(connection.getString("authenticationType")).isEqualTo("REFRESH_TOKEN");
            assertThat(connection.getLong("tokenAgeSeconds")).isBetween(0L, 60L);
            assertThat(connection.getInteger("maxConcurrentRequests")).isEqualTo(5);
            assertThat(connection.getLong("requests")).isEqualTo(1L);
            JsonObject unit = (JsonObject) connection.getMap("permits").get(EmulatorDefaults.BUSINESS_UNIT_ID);
            assertThat(unit.getInteger("inUse")).isZero();
            assertThat(unit.getInteger("waiting")).isZero();
            assertThat(unit.getInteger("max")).isEqualTo(5);

            String text = (String) console.call(DevConsole.MediaType.TEXT);
            assertThat(text).contains("Connection pardot-1 (pardot)", "tokenAgeSeconds: ");
            for (String shown : new String[] { json.toJson(), text }) {
                // the emulator's access tokens start with the organization id and '!', as Salesforce's do
                assertThat(shown).doesNotContain(EmulatorDefaults.ORGANIZATION_ID + "!", EmulatorDefaults.CLIENT_SECRET,
                        EmulatorDefaults.REFRESH_TOKEN, EmulatorDefaults.CLIENT_ID);
            }
        }
    }

    /** Five requests: one delivered, one refused with 122, one delivered, one refused token then delivered. */
    private static void exercise(CamelHarness camel) {
        // the daily allocation used up after one call: error 122, never retried
        EMULATOR.config().dailyLimit(1);
        assertThat(camel.send("direct:in", activity(0)).getException()).isNull();
        assertThat(camel.send("direct:in", activity(1)).getException())
                .isInstanceOf(dev.camelpardot.api.PardotDailyLimitException.class);
        EMULATOR.config().dailyLimit(0);
        assertThat(camel.send("direct:in", activity(2)).getException()).isNull();
        // one refused token: a refresh and the same call again
        EMULATOR.state().expireAccessTokens();
        assertThat(camel.send("direct:in", activity(3)).getException()).isNull();
    }

    private static Map<String, Object> activity(int i) {
        return Map.of("email", "o" + i + "@example.com", "value", "observed " + i);
    }
}
