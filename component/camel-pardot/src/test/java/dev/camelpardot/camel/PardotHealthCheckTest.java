package dev.camelpardot.camel;

import java.util.Collection;
import java.util.Map;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The producers' readiness check: a token can be had and Account Engagement answers; details without secrets. */
class PardotHealthCheckTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final RouteBuilder ROUTE = new RouteBuilder() {
        @Override
        public void configure() {
            from("direct:in").routeId("to-pardot").to("pardot:external-activity?extension=W&type=T");
        }
    };

    @Test
    void upWhenTheTokenAndAccountEngagementAnswer() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
        }, ROUTE)) {
            HealthCheck.Result result = pardotCheck(readiness(camel));

            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getCheck().isLiveness()).isFalse();
            assertThat(EMULATOR.state().responseCount(200)).as("one authenticated query").isEqualTo(1);

            // a success stands for a while: probes do not spend the daily allocation
            pardotCheck(readiness(camel));
            assertThat(EMULATOR.state().responseCount(200)).isEqualTo(1);
        }
    }

    @Test
    void downWithTheErrorCodeWhenTheLoginFails() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> {
            c.setClientSecret("not-the-secret");
            c.setLazyLogin(true);
        }, ROUTE)) {
            HealthCheck.Result result = pardotCheck(readiness(camel));

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Salesforce login failed"));
            assertDetailsHaveNoSecret(result, "not-the-secret");
        }
    }

    @Test
    void downWhenAccountEngagementRefusesTheBusinessUnit() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR, c -> c.setBusinessUnitId("0UvUNKNOWN00000AAA"), ROUTE)) {
            HealthCheck.Result result = pardotCheck(readiness(camel));

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, 201)
                    .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 400)
                    .containsEntry("business.unit.id", "0UvUNKNOWN00000AAA");
            assertDetailsHaveNoSecret(result, EmulatorDefaults.CLIENT_SECRET);
        }
    }

    /** Producer checks are off by default in Camel (camel.health.producersEnabled); on for these tests. */
    private static Collection<HealthCheck.Result> readiness(CamelHarness camel) {
        HealthCheckHelper.getHealthCheckRepository(camel.context(), "producers", HealthCheckRepository.class)
                .setEnabled(true);
        return HealthCheckHelper.invokeReadiness(camel.context());
    }

    private static HealthCheck.Result pardotCheck(Collection<HealthCheck.Result> results) {
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:pardot-")).findFirst()
                .orElseThrow(() -> new AssertionError("no pardot producer check among " + results));
    }

    private static void assertDetailsHaveNoSecret(HealthCheck.Result result, String secret) {
        String shown = result.getMessage().orElse("") + result.getDetails()
                       + result.getError().map(Throwable::toString).orElse("");
        assertThat(shown).doesNotContain(secret, EmulatorDefaults.CLIENT_SECRET, EmulatorDefaults.REFRESH_TOKEN);
        assertThat(result.getDetails()).isInstanceOf(Map.class);
    }
}
