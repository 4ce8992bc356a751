package dev.camelpardot.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The producers' readiness check: never waits for I/O, reports the last probe's result, probes again in the background
 * (one at a time) once that result is a minute old (UP) or ten seconds old (DOWN); a token can be had and Account
 * Engagement answers for the business unit; details without secrets.
 */
class PardotHealthCheckTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String BU = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final RouteBuilder ROUTE = new RouteBuilder() {
        @Override
        public void configure() {
            from("direct:in").routeId("to-pardot").to("pardot:external-activity?extension=W&type=T");
        }
    };

    /** The checks' clock: tests move it instead of waiting a minute. */
    private final AtomicLong now = new AtomicLong(1_000_000);
    private CamelHarness camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void aCallReturnsWhileTheProbeIsStillHeldBySlowAccountEngagement() throws Exception {
        // the emulator answers /api/v5 only after 5 s (reset() takes the latency away for the next test)
        EMULATOR.config().latency(Duration.ofSeconds(5));
        PardotHealthCheck check = start(c -> {
        });

        HealthCheck.Result first = check.call();
        assertThat(first.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(first.getDetails()).containsEntry(PardotHealthCheck.CHECKING, true)
                .containsEntry("business.unit.id", BU);
        await().atMost(PATIENCE).until(() -> EMULATOR.state().inFlight(BU) == 1);

        HealthCheck.Result second = check.call();

        // the probe's request is still at the emulator, unanswered, yet the call has returned
        assertThat(EMULATOR.state().inFlight(BU)).as("probe still held by the emulator").isEqualTo(1);
        assertThat(check.isProbing()).isTrue();
        assertThat(second.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(second.getDetails()).containsEntry(PardotHealthCheck.CHECKING, true);

        await().atMost(PATIENCE).until(() -> check.call().getState() == HealthCheck.State.UP);
        assertThat(EMULATOR.state().maxInFlight(BU)).as("one probe at a time").isEqualTo(1);
        assertThat(EMULATOR.state().dailyUsage(BU)).as("the calls while it was in flight started no other").isEqualTo(1);
    }

    @Test
    void theProbeStartsWithTheProducerWhenProducerChecksAreEnabled() throws Exception {
        camel = CamelHarness.start(EMULATOR, c -> {
        }, ROUTE, CamelHarness::enableProducerHealthChecks);

        PardotHealthCheck check = (PardotHealthCheck) producerChecks(camel).stream()
                .filter(c -> c.getId().startsWith("producer:pardot-")).findFirst().orElseThrow();

        // nobody has called the check yet; the emulator counts a response before sending it, so also wait for the
        // probe to have taken it in
        await().atMost(PATIENCE).until(() -> EMULATOR.state().responseCount(200) == 1);
        await().atMost(PATIENCE).until(() -> !check.isProbing());

        HealthCheck.Result result = pardotCheck(HealthCheckHelper.invokeReadiness(camel.context()));
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(EMULATOR.state().responseCount(200)).as("the call reported the probe made at start").isEqualTo(1);
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200).containsKey("checked.at");
    }

    @Test
    void upStandsForAMinuteThenTurnsDownWhenTheTokenEndpointFailsAndUpAgainSoonAfter() throws Exception {
        PardotHealthCheck check = start(c -> {
        });
        awaitState(check, HealthCheck.State.UP);
        assertThat(EMULATOR.state().dailyUsage(BU)).isEqualTo(1);

        now.addAndGet(59_000);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check.isProbing()).as("an UP result stands for a minute").isFalse();
        assertThat(EMULATOR.state().dailyUsage(BU)).as("no API call spent").isEqualTo(1);

        // the org revokes the token and the secret changes: the refresh after the 401 fails
        EMULATOR.config().clientSecret("rotated-elsewhere");
        EMULATOR.state().expireAccessTokens();
        now.addAndGet(2_000);
        assertThat(check.call().getState()).as("the last result is reported while the new probe runs")
                .isEqualTo(HealthCheck.State.UP);
        HealthCheck.Result down = awaitState(check, HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Salesforce login failed"));
        assertThat(down.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "invalid_client")
                .containsKey("hint");
        assertDetailsHaveNoSecret(down, "rotated-elsewhere");

        EMULATOR.config().clientSecret(EmulatorDefaults.CLIENT_SECRET);
        now.addAndGet(5_000);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(check.isProbing()).as("a DOWN result stands for ten seconds").isFalse();
        now.addAndGet(5_000);
        check.call();
        awaitState(check, HealthCheck.State.UP);
    }

    @Test
    void turnsDownWhenAccountEngagementNoLongerKnowsTheBusinessUnit() throws Exception {
        String second = "0UvEMULATOR00002AA";
        EMULATOR.state().addBusinessUnit(second, "Second");
        PardotHealthCheck check = start(c -> c.setBusinessUnitId(second));
        awaitState(check, HealthCheck.State.UP);

        EMULATOR.emulator().reset();   // forgets added business units; the component's token stays valid
        now.addAndGet(PardotHealthCheck.UP_REUSE_MILLIS);
        check.call();
        HealthCheck.Result down = awaitState(check, HealthCheck.State.DOWN);

        assertThat(down.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, 201)
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 400)
                .containsEntry("business.unit.id", second)
                .containsKey("hint");
        assertDetailsHaveNoSecret(down, EmulatorDefaults.CLIENT_SECRET);
    }

    @Test
    void downWithTheErrorCodeWhenTheLoginFails() throws Exception {
        PardotHealthCheck check = start(c -> {
            c.setClientSecret("not-the-secret");
            c.setLazyLogin(true);
        });

        HealthCheck.Result result = awaitState(check, HealthCheck.State.DOWN);

        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Salesforce login failed"));
        assertThat(EMULATOR.state().dailyUsage(BU)).as("no token, no Account Engagement call").isZero();
        assertDetailsHaveNoSecret(result, "not-the-secret");
    }

    @Test
    void upWhenAccountEngagementAnswersButTheQueryIsNotAvailableOnTheOrg() throws Exception {
        // a path the emulator does not serve: HTTP 404, as an org without the external-activities query would answer
        PardotHealthCheck check = start(c -> c.setPardotUrl(EMULATOR.baseUrl() + "/no-query-here"));

        HealthCheck.Result result = awaitState(check, HealthCheck.State.UP);

        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 404);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 404"));
    }

    @Test
    void downWhenAccountEngagementIsUnavailable() throws Exception {
        EMULATOR.config().failureRate503(1.0);
        PardotHealthCheck check = start(c -> {
        });

        HealthCheck.Result result = awaitState(check, HealthCheck.State.DOWN);

        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
        assertThat(EMULATOR.state().responseCount(503)).as("a probe is not retried").isEqualTo(1);
    }

    @Test
    void routesAndEndpointsSharingAConnectionAndBusinessUnitShareOneCheckAndOneProbe() throws Exception {
        String other = "0UvOTHER000000001A";
        EMULATOR.state().addBusinessUnit(other, "Other");
        camel = CamelHarness.start(EMULATOR, c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < 5; i++) {
                    from("direct:slot" + i).to("pardot:external-activity?extension=Webinar&type=Registered");
                }
                from("direct:setup").to("pardot:extension?operation=ensure");
                from("direct:other").to("pardot:external-activity?businessUnitId=" + other);
            }
        }, CamelHarness::enableProducerHealthChecks);

        assertThat(producerChecks(camel).stream().map(HealthCheck::getId))
                .containsExactlyInAnyOrder("producer:pardot-account-engagement-" + BU,
                        "producer:pardot-account-engagement-" + other);
        await().atMost(PATIENCE).until(() -> EMULATOR.state().responseCount(200) == 2);
        assertThat(EMULATOR.state().dailyUsage(BU)).as("one probe for the seven producers of the default unit")
                .isEqualTo(1);

        camel.context().getRouteController().stopRoute(camel.context().getRoutes().get(0).getRouteId());
        assertThat(producerChecks(camel).stream()).hasSize(2);
    }

    /**
     * Starts Camel with the route and returns its pardot check, on this test's clock. Producer checks are enabled only
     * after the start, so no probe has started yet: the first call starts it.
     */
    private PardotHealthCheck start(Consumer<PardotConfiguration> tweak) throws Exception {
        camel = CamelHarness.start(EMULATOR, tweak, ROUTE);
        HealthCheckRepository producers = producerChecks(camel);
        producers.setEnabled(true);   // the repository lists its checks only when enabled
        PardotHealthCheck check = (PardotHealthCheck) producers.stream()
                .filter(c -> c.getId().startsWith("producer:pardot-")).findFirst()
                .orElseThrow(() -> new AssertionError("no pardot producer check"));
        check.setClock(now::get);
        return check;
    }

    /** Calls the check until it reports the state (each call may start a probe; none waits for one). */
    private static HealthCheck.Result awaitState(PardotHealthCheck check, HealthCheck.State state) {
        HealthCheck.Result[] last = new HealthCheck.Result[1];
        await().atMost(PATIENCE).until(() -> {
            last[0] = check.call();
            return last[0].getState() == state && !last[0].getDetails().containsKey(PardotHealthCheck.CHECKING);
        });
        return last[0];
    }

    private static HealthCheckRepository producerChecks(CamelHarness camel) {
        return HealthCheckHelper.getHealthCheckRepository(camel.context(), "producers", HealthCheckRepository.class);
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
