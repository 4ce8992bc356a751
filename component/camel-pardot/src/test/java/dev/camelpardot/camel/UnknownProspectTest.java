package dev.camelpardot.camel;

import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.UnknownEmailPolicy;
import dev.camelpardot.model.DeliveryResult;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * unknownProspect: with FAIL (the default) an activity for an e-mail no prospect has fails with error 4, as before;
 * with CREATE the prospect is upserted by e-mail and the activity sent again, once, both calls counted like any.
 * The emulator refuses unknown e-mails with error 4 (unknownEmailPolicy REJECT), as the app's demo mode does.
 */
class UnknownProspectTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension(EmulatorConfig.defaults()
            .unknownEmailPolicy(UnknownEmailPolicy.REJECT));

    private static final String CREATE = "pardot:external-activity?extension=Webinar&type=Registered";
    private static final String UPSERT = "/api/v5/objects/prospects/do/upsertLatestByEmail";

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.config().dailyLimit(0);
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        EMULATOR.state().addProspects("known@example.com");
        camel = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void createDeliversAnActivityForAnEmailTheEmulatorDidNotKnow() {
        Exchange exchange = camel.send(CREATE + "&unknownProspect=create",
                Map.of("email", "new@example.com", "value", "first visit"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(PardotConstants.PROSPECT_CREATED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(PardotConstants.ACTIVITY_ID)).isNotNull();
        assertThat(EMULATOR.state().prospect("new@example.com")).isPresent();
        assertThat(EMULATOR.state().activities()).singleElement().satisfies(a -> {
            assertThat(a.email()).isEqualTo("new@example.com");
            assertThat(a.prospectId()).isEqualTo(EMULATOR.state().prospect("new@example.com").orElseThrow().id());
        });
        // refused once, the upsert that created the prospect, the create sent again: three calls, all counted
        assertThat(EMULATOR.state().responseCount(400, 4)).isEqualTo(1);
        assertThat(EMULATOR.state().responseCount(201)).isEqualTo(2);
        assertThat(EMULATOR.state().dailyUsage(EmulatorDefaults.BUSINESS_UNIT_ID)).isEqualTo(3);
    }

    @Test
    void failKeepsTodaysBehaviourAndIsTheDefault() {
        for (String uri : List.of(CREATE, CREATE + "&unknownProspect=FAIL")) {
            Exchange exchange = camel.send(uri, Map.of("email", "new@example.com", "value", "first visit"));

            assertThat(exchange.getException()).isInstanceOf(PardotApiException.class);
            PardotApiException failure = (PardotApiException) exchange.getException();
            assertThat(failure.getErrorCode()).isEqualTo(4);
            assertThat(failure.getHint()).contains("unknownProspect=CREATE");
        }
        assertThat(EMULATOR.state().prospect("new@example.com")).isEmpty();
        assertThat(EMULATOR.state().activities()).isEmpty();
        assertThat(EMULATOR.state().dailyUsage(EmulatorDefaults.BUSINESS_UNIT_ID)).as("no upsert").isEqualTo(2);
    }

    @Test
    void aKnownProspectCostsNoUpsert() {
        Exchange exchange = camel.send(CREATE + "&unknownProspect=create",
                Map.of("email", "known@example.com", "value", "again"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(PardotConstants.PROSPECT_CREATED)).isNull();
        assertThat(EMULATOR.state().dailyUsage(EmulatorDefaults.BUSINESS_UNIT_ID)).isEqualTo(1);
    }

    @Test
    void aBatchCreatesTheProspectsItNeeds() {
        Exchange exchange = camel.send(CREATE + "&unknownProspect=create", List.of(
                Map.of("email", "known@example.com", "value", "a"),
                Map.of("email", "one@example.com", "value", "b"),
                Map.of("email", "two@example.com", "value", "c")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).allSatisfy(r -> assertThat(((DeliveryResult) r).delivered())
                .isTrue());
        assertThat(EMULATOR.state().activities()).hasSize(3);
        assertThat(EMULATOR.state().prospects()).contains("one@example.com", "two@example.com");
    }

    @Test
    void theActivityIsSentAgainOnlyOnceAndAFailedUpsertFailsTheExchange() {
        // the refused create and the upsert use up the allocation: the upsert is refused with 122, nothing more is sent
        EMULATOR.config().dailyLimit(1);

        Exchange exchange = camel.send(CREATE + "&unknownProspect=create",
                Map.of("email", "new@example.com", "value", "first visit"));

        assertThat(exchange.getException()).isInstanceOf(PardotDailyLimitException.class)
                .hasMessageContaining("upsert prospect by e-mail");
        assertThat(EMULATOR.state().activities()).isEmpty();
        assertThat(EMULATOR.state().responseCount(429, 122)).isEqualTo(1);
    }

    @Test
    void theOptionIsSetOnTheComponentByProperty() throws Exception {
        // what the Quarkus app and camel-main users write: camel.component.pardot.unknown-prospect=create
        Main main = new Main();
        main.addInitialProperty("camel.component.pardot.unknown-prospect", "create");
        main.addInitialProperty("camel.component.pardot.lazy-login", "true");
        main.start();
        try {
            assertThat(main.getCamelContext().getComponent("pardot", PardotComponent.class).getConfiguration()
                    .getUnknownProspect()).isEqualTo(UnknownProspectPolicy.CREATE);
        } finally {
            main.stop();
        }
    }
}
