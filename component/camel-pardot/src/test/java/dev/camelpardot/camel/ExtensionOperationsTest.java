package dev.camelpardot.camel;

import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.ExtensionRecord;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.SetupChange.Action;
import dev.camelpardot.model.SetupReport;
import dev.camelpardot.setup.PardotSetupException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** pardot:extension create, get, list, update, ensure, assign, unassign against the emulator's Tooling API. */
class ExtensionOperationsTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

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
    void createFromOptions() {
        Exchange exchange = camel.send("pardot:extension?operation=create&developerName=Webinar_Service"
                                       + "&label=Webinar Service&description=Our webinars&active=true", (Object) null);

        assertThat(exchange.getException()).isNull();
        Extension created = exchange.getMessage().getBody(Extension.class);
        ExtensionRecord stored = EMULATOR.state().extension("Webinar_Service").orElseThrow();
        assertThat(created.id()).isEqualTo(stored.id()).startsWith("0XM");
        assertThat(exchange.getMessage().getHeader(PardotConstants.RECORD_ID)).isEqualTo(stored.id());
        assertThat(stored.label()).isEqualTo("Webinar Service");
        assertThat(stored.description()).isEqualTo("Our webinars");
        assertThat(stored.active()).isTrue();
    }

    @Test
    void createFromAModelBodyAndFromJson() {
        Exchange model = camel.send("pardot:extension?operation=create", Extension.of("From_Model", "From model"));
        Exchange json = camel.send("pardot:extension?operation=create",
                "{\"developerName\":\"From_Json\",\"label\":\"From JSON\",\"active\":false}");

        assertThat(model.getException()).isNull();
        assertThat(json.getException()).isNull();
        assertThat(EMULATOR.state().extension("From_Model").orElseThrow().label()).isEqualTo("From model");
        assertThat(EMULATOR.state().extension("From_Json").orElseThrow().active()).isFalse();
    }

    @Test
    void getByDeveloperNameOrByIdHeader() {
        String id = EMULATOR.state().seedExtension("Webinar", "Webinar label", true);

        Exchange byName = camel.send("pardot:extension?operation=get&developerName=Webinar", (Object) null);
        Exchange byId = camel.send("pardot:extension?operation=get", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.RECORD_ID, id);
        });
        Exchange missing = camel.send("pardot:extension?operation=get", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.DEVELOPER_NAME, "Nope");
        });

        assertThat(byName.getMessage().getBody(Extension.class))
                .isEqualTo(new Extension(id, "Webinar", "Webinar label", null, true));
        assertThat(byId.getMessage().getBody(Extension.class).developerName()).isEqualTo("Webinar");
        assertThat(missing.getException()).isNull();
        assertThat(missing.getMessage().getBody()).isNull();
    }

    @Test
    void list() {
        EMULATOR.state().seedExtension("B_Ext", "B", true);
        EMULATOR.state().seedExtension("A_Ext", "A", false);

        Exchange exchange = camel.send("pardot:extension?operation=list", (Object) null);

        List<?> list = exchange.getMessage().getBody(List.class);
        assertThat(list).extracting(e -> ((Extension) e).developerName()).containsExactly("A_Ext", "B_Ext");
    }

    @Test
    void updateSendsOnlyWhatIsGiven() {
        EMULATOR.state().seedExtension("Webinar", "Old label", false);

        Exchange exchange = camel.send("pardot:extension?operation=update&developerName=Webinar&active=true", (Object) null);

        assertThat(exchange.getException()).isNull();
        Extension updated = exchange.getMessage().getBody(Extension.class);
        assertThat(updated.active()).isTrue();
        assertThat(updated.label()).isEqualTo("Old label");
        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().active()).isTrue();
    }

    @Test
    void updateWithNothingToChangeIsRefused() {
        EMULATOR.state().seedExtension("Webinar", "Old label", false);

        Exchange exchange = camel.send("pardot:extension?operation=update&developerName=Webinar", (Object) null);

        assertThat(exchange.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("nothing to change");
    }

    @Test
    void ensureCreatesThenUpdatesOnlyWhatDiffersThenChangesNothing() {
        String uri = "pardot:extension?operation=ensure&developerName=Webinar&label=Webinars&active=true";

        SetupReport first = report(camel.send(uri, (Object) null));
        SetupReport second = report(camel.send(uri, (Object) null));
        SetupReport relabel = report(camel.send(uri.replace("label=Webinars", "label=Webinar Service"), (Object) null));

        assertThat(first.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(Action.CREATED));
        assertThat(second.changed()).isFalse();
        assertThat(second.summary()).isEqualTo("nothing changed");
        assertThat(relabel.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.UPDATED);
            assertThat(c.fields()).containsExactly("label");
            assertThat(c.detail()).isEqualTo("label 'Webinars' -> 'Webinar Service'");
        });
        assertThat(EMULATOR.state().extensions()).hasSize(1);
        assertThat(EMULATOR.state().extension("Webinar").orElseThrow().label()).isEqualTo("Webinar Service");
    }

    @Test
    void ensureSetsTheChangedHeader() {
        Exchange created = camel.send("pardot:extension?operation=ensure&developerName=Webinar", (Object) null);
        Exchange again = camel.send("pardot:extension?operation=ensure&developerName=Webinar", (Object) null);

        assertThat(created.getMessage().getHeader(PardotConstants.SETUP_CHANGED)).isEqualTo(true);
        assertThat(again.getMessage().getHeader(PardotConstants.SETUP_CHANGED)).isEqualTo(false);
        assertThat(again.getMessage().getHeader(PardotConstants.RECORD_ID))
                .isEqualTo(EMULATOR.state().extension("Webinar").orElseThrow().id());
    }

    @Test
    void assignAndUnassignAreIdempotent() {
        EMULATOR.state().seedExtension("Webinar", "Webinar", true);
        String assign = "pardot:extension?operation=assign&developerName=Webinar";
        String unassign = "pardot:extension?operation=unassign&developerName=Webinar";

        SetupReport assigned = report(camel.send(assign, (Object) null));
        SetupReport assignedAgain = report(camel.send(assign, (Object) null));
        assertThat(EMULATOR.state().assignments()).singleElement()
                .satisfies(a -> assertThat(a.businessUnitId()).isEqualTo(EmulatorDefaults.BUSINESS_UNIT_ID));
        SetupReport unassigned = report(camel.send(unassign, (Object) null));
        SetupReport unassignedAgain = report(camel.send(unassign, (Object) null));

        assertThat(assigned.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(Action.CREATED));
        assertThat(assignedAgain.changed()).isFalse();
        assertThat(unassigned.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(Action.DELETED));
        assertThat(unassignedAgain.changed()).isFalse();
        assertThat(EMULATOR.state().assignments()).isEmpty();
    }

    @Test
    void assignOfAMissingExtensionSaysToCreateItFirst() {
        Exchange exchange = camel.send("pardot:extension?operation=assign&developerName=Missing", (Object) null);

        assertThat(exchange.getException()).isInstanceOf(PardotSetupException.class)
                .hasMessageContaining("extension 'Missing' does not exist");
    }

    @Test
    void assignToABusinessUnitTheOrgDoesNotHave() throws Exception {
        camel.close();
        camel = CamelHarness.start(EMULATOR, c -> c.setBusinessUnitId("0UvNOTTHERE0000AAA"));
        EMULATOR.state().seedExtension("Webinar", "Webinar", true);

        Exchange exchange = camel.send("pardot:extension?operation=assign&developerName=Webinar", (Object) null);

        assertThat(exchange.getException()).isInstanceOf(PardotSetupException.class)
                .hasMessageContaining("business unit 0UvNOTTHERE0000AAA was not found");
        assertThat(EMULATOR.state().assignments()).isEmpty();
    }

    @Test
    void developerNamesAreCheckedBeforeTheyReachAQuery() {
        Exchange quote = camel.send("pardot:extension?operation=get", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.DEVELOPER_NAME, "x' OR DeveloperName != '");
        });
        Exchange doubleUnderscore = camel.send("pardot:extension?operation=ensure&developerName=Bad__Name", (Object) null);
        Exchange body = camel.send("pardot:extension?operation=create", Map.of("label", "no developer name"));

        assertThat(quote.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("not a valid DeveloperName");
        assertThat(doubleUnderscore.getException()).isInstanceOf(PardotValidationException.class);
        assertThat(body.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("developerName is missing");
        assertThat(EMULATOR.state().extensions()).isEmpty();
    }

    private static SetupReport report(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SetupReport.class);
    }
}
