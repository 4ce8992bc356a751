package dev.camelpardot.camel;

import java.util.List;
import java.util.Map;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupChange;
import dev.camelpardot.model.SetupChange.Action;
import dev.camelpardot.model.SetupChange.Kind;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ensure on pardot:extension with a setup body converges the extension, its types, their active flags and the
 * assignment; a second run changes nothing and creates no duplicate; afterwards activities can be delivered. What
 * is activated and assigned when nobody asks is in {@link ExplicitActivationTest}.
 */
class OneStepSetupTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String ENSURE = "pardot:extension?operation=ensure";

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
    void setupFromTheModelTwice() {
        ExtensionSetup setup = ExtensionSetup.builder("Webinar_Service")
                .label("Webinar Service")
                .description("Webinar registrations and attendance")
                .activityType("Registered", "Registered")
                .activityType(new ActivityTypeSetup("Attended", "Attended", "Joined the live session", true))
                .build();

        SetupReport first = report(camel.send(ENSURE, setup));
        SetupReport second = report(camel.send(ENSURE, setup));

        assertThat(first.changes()).extracting(SetupChange::kind, SetupChange::developerName, SetupChange::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.EXTENSION, "Webinar_Service", Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Kind.ACTIVITY_TYPE, "Registered", Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Kind.ACTIVITY_TYPE, "Attended", Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Kind.ASSIGNMENT, "Webinar_Service", Action.CREATED));
        assertThat(second.changed()).isFalse();
        assertThat(second.summary()).isEqualTo("nothing changed");
        assertThat(second.changes()).hasSize(4).allMatch(c -> c.action() == Action.UNCHANGED);
        assertThat(EMULATOR.state().extensions()).hasSize(1).allMatch(e -> e.active());
        assertThat(EMULATOR.state().activityTypes()).hasSize(2).allMatch(t -> t.active());
        assertThat(EMULATOR.state().assignments()).singleElement()
                .satisfies(a -> assertThat(a.businessUnitId()).isEqualTo(EmulatorDefaults.BUSINESS_UNIT_ID));

        Exchange delivered = camel.send("pardot:external-activity?extension=Webinar_Service&type=Attended",
                Map.of("email", "jane@example.com", "value", "joined"));
        assertThat(delivered.getException()).isNull();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(1);
    }

    @Test
    void twoClientsEnsuringAtTheSameTimeBothSucceedWithOneOfEachRecord() throws Exception {
        // replicas starting together: both look, find nothing, and create; the later create is refused as a duplicate
        EMULATOR.config().latency(java.time.Duration.ofMillis(100));
        ExtensionSetup setup = ExtensionSetup.builder("Webinar_Service").activityType("Registered", "Registered").build();
        java.util.List<java.util.concurrent.CompletableFuture<Exchange>> both = java.util.List.of(
                camel.template.asyncSend(ENSURE, e -> e.getMessage().setBody(setup)),
                camel.template.asyncSend(ENSURE, e -> e.getMessage().setBody(setup)));

        for (java.util.concurrent.CompletableFuture<Exchange> exchange : both) {
            assertThat(exchange.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(EMULATOR.state().extensions()).hasSize(1);
        assertThat(EMULATOR.state().activityTypes()).hasSize(1);
        assertThat(EMULATOR.state().assignments()).hasSize(1);
    }

    @Test
    void setupFromJsonConvergesAnExistingPartialSetup() {
        EMULATOR.state().seedExtension("Webinar", "Old label", false);
        EMULATOR.state().seedActivityType("Webinar", "Registered", "Registered", false);
        EMULATOR.state().seedActivityType("Webinar", "Legacy", "Legacy", true);
        String json = """
                {"developerName": "Webinar", "label": "Webinars",
                 "activityTypes": [
                   {"developerName": "Registered", "label": "Registered"},
                   {"developerName": "Attended", "label": "Attended", "active": true}
                 ]}
                """;

        // the body names no active flag and no assignment: the endpoint's options ask for both
        String ensure = ENSURE + "&active=true&assign=true";
        SetupReport report = report(camel.send(ensure, json));

        assertThat(report.summary()).isEqualTo("EXTENSION Webinar: UPDATED (label 'Old label' -> 'Webinars', active false -> true);"
                                               + " ACTIVITY_TYPE Registered: UPDATED (active false -> true);"
                                               + " ACTIVITY_TYPE Attended: CREATED (created);"
                                               + " ASSIGNMENT Webinar: CREATED (assigned to " + EmulatorDefaults.BUSINESS_UNIT_ID + ")");
        assertThat(EMULATOR.state().activityType("Webinar", "Legacy").orElseThrow().active())
                .as("types not listed are left alone").isTrue();
        assertThat(report(camel.send(ensure, json)).changed()).isFalse();
    }

    @Test
    void setupFromAMapWithoutAssignment() {
        Map<String, Object> body = Map.of("developerName", "Podcast", "assign", false,
                "activityTypes", List.of(Map.of("developerName", "Listened", "active", false)));

        SetupReport report = report(camel.send(ENSURE, body));

        assertThat(report.changes()).extracting(SetupChange::kind).containsExactly(Kind.EXTENSION, Kind.ACTIVITY_TYPE);
        assertThat(EMULATOR.state().assignments()).isEmpty();
        assertThat(EMULATOR.state().activityType("Podcast", "Listened").orElseThrow().active()).isFalse();
    }

    @Test
    void aTypeListedTwiceIsRefusedBeforeAnyChange() {
        ExtensionSetup setup = ExtensionSetup.builder("Webinar").activityType("Registered", "A")
                .activityType("Registered", "B").build();

        Exchange exchange = camel.send(ENSURE, setup);

        assertThat(exchange.getException()).hasMessageContaining("'Registered' is listed twice");
        assertThat(EMULATOR.state().extensions()).isEmpty();
    }

    private static SetupReport report(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SetupReport.class);
    }
}
