package dev.camelpardot.camel;

import java.util.Map;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupChange;
import dev.camelpardot.model.SetupChange.Kind;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setup activates and assigns only when asked: by the body's active / assign, or else by the endpoint's options of
 * the same names; the body wins. (Salesforce advises activating an activity type only when it is ready to be used.)
 */
class ExplicitActivationTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String ENSURE = "pardot:extension?operation=ensure";
    private static final String SETUP_WITHOUT_FLAGS = """
            {"developerName": "Webinar", "activityTypes": [{"developerName": "Registered"}]}
            """;

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        camel = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void aJsonSetupThatAsksForNothingActivatesAndAssignsNothing() {
        SetupReport report = report(camel.send(ENSURE, SETUP_WITHOUT_FLAGS));

        assertThat(report.changes()).extracting(SetupChange::kind).containsExactly(Kind.EXTENSION, Kind.ACTIVITY_TYPE);
        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isFalse();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isFalse();
        assertThat(EMULATOR.state().assignments()).isEmpty();
    }

    @Test
    void theEndpointOptionsActivateAndAssignWhatTheBodyDoesNotMention() {
        report(camel.send(ENSURE + "&active=true&assign=true", SETUP_WITHOUT_FLAGS));

        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    @Test
    void theBodyWinsOverTheOptions() {
        Map<String, Object> body = Map.of("developerName", "Webinar", "active", false, "assign", false,
                "activityTypes", java.util.List.of(Map.of("developerName", "Registered", "active", false),
                        Map.of("developerName", "Attended")));

        report(camel.send(ENSURE + "&active=true&assign=true", body));

        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isFalse();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isFalse();
        assertThat(EMULATOR.state().activityType("Webinar", "Attended").orElseThrow().active())
                .as("a type that does not say takes the option").isTrue();
        assertThat(EMULATOR.state().assignments()).isEmpty();
    }

    @Test
    void theOptionActiveFalseDeactivatesAnActiveExtensionWhenTheBodyDoesNotSay() {
        EMULATOR.state().seedExtension("Webinar", "Webinar", true);

        SetupReport report = report(camel.send(ENSURE + "&active=false", "{\"developerName\": \"Webinar\"}"));

        assertThat(report.summary()).isEqualTo("EXTENSION Webinar: UPDATED (active true -> false)");
        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isFalse();
    }

    @Test
    void anExtensionSetupStatesItsOwnAssignAndTakesTheActiveOptionWhereItHasNone() {
        ExtensionSetup setup = new ExtensionSetup("Webinar", null, null, null,
                java.util.List.of(new ActivityTypeSetup("Registered", null, null, null)), false);

        report(camel.send(ENSURE + "&active=true&assign=true", setup));

        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().assignments()).as("assign is the object's own: false").isEmpty();
    }

    @Test
    void theBuilderAsksForActivationAndAssignment() {
        // what the Quarkus app's setup relies on: builder() states active and assigned, whatever the options say
        report(camel.send(ENSURE, ExtensionSetup.builder("Webinar").activityType("Registered", "Registered").build()));

        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isTrue();
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    @Test
    void assignTrueOnAnEnsureOfTheExtensionAloneAssignsIt() {
        SetupReport report = report(camel.send(ENSURE + "&developerName=Webinar&assign=true", (Object) null));

        assertThat(report.changes()).extracting(SetupChange::kind).containsExactly(Kind.EXTENSION, Kind.ASSIGNMENT);
        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).as("active not asked for").isFalse();
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    private static SetupReport report(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SetupReport.class);
    }
}
