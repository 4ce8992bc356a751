package dev.camelpardot.camel;

import java.util.List;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.ActivityTypeRecord;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.SetupChange.Action;
import dev.camelpardot.model.SetupReport;
import dev.camelpardot.setup.PardotSetupException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** pardot:activity-type create, get, list, update, ensure, activate, deactivate. */
class ActivityTypeOperationsTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String TYPES = "pardot:activity-type?extension=Webinar";

    private CamelHarness camel;
    private String extensionId;

    @BeforeEach
    void setUp() throws Exception {
        extensionId = EMULATOR.state().seedExtension("Webinar", "Webinar", true);
        camel = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void createUnderTheNamedExtension() {
        Exchange exchange = camel.send(TYPES + "&operation=create&developerName=Registered&label=Registered for a webinar",
                (Object) null);

        assertThat(exchange.getException()).isNull();
        ActivityType created = exchange.getMessage().getBody(ActivityType.class);
        ActivityTypeRecord stored = EMULATOR.state().activityType("Webinar", "Registered").orElseThrow();
        assertThat(created.id()).isEqualTo(stored.id()).startsWith("0XN");
        assertThat(stored.extensionId()).isEqualTo(extensionId);
        assertThat(stored.label()).isEqualTo("Registered for a webinar");
    }

    @Test
    void createWithTheExtensionInTheHeaderAndTheTypeInAJsonBody() {
        Exchange exchange = camel.send("pardot:activity-type?operation=create", ex -> {
            ex.getMessage().setBody("{\"developerName\":\"Attended\",\"active\":true}");
            ex.getMessage().setHeader(PardotConstants.EXTENSION, "Webinar");
        });

        assertThat(exchange.getException()).isNull();
        ActivityTypeRecord stored = EMULATOR.state().activityType("Webinar", "Attended").orElseThrow();
        assertThat(stored.label()).as("label defaults to the developer name").isEqualTo("Attended");
        assertThat(stored.active()).isTrue();
    }

    @Test
    void getListAndUpdate() {
        String id = EMULATOR.state().seedActivityType("Webinar", "Registered", "Registered", false);
        EMULATOR.state().seedActivityType("Webinar", "Attended", "Attended", true);

        Exchange get = camel.send(TYPES + "&operation=get&developerName=Registered", (Object) null);
        Exchange list = camel.send(TYPES + "&operation=list", (Object) null);
        Exchange update = camel.send("pardot:activity-type?operation=update&label=Signed up", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.RECORD_ID, id);
            ex.getMessage().setHeader(PardotConstants.EXTENSION, "Webinar");
        });

        assertThat(get.getMessage().getBody(ActivityType.class).id()).isEqualTo(id);
        List<?> types = list.getMessage().getBody(List.class);
        assertThat(types).extracting(t -> ((ActivityType) t).developerName()).containsExactly("Attended", "Registered");
        assertThat(update.getException()).isNull();
        assertThat(update.getMessage().getBody(ActivityType.class).label()).isEqualTo("Signed up");
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().label()).isEqualTo("Signed up");
    }

    @Test
    void ensureTwiceCreatesOnce() {
        String uri = TYPES + "&operation=ensure&developerName=Registered&label=Registered&active=true";

        SetupReport first = report(camel.send(uri, (Object) null));
        SetupReport second = report(camel.send(uri, (Object) null));

        assertThat(first.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(Action.CREATED));
        assertThat(second.changed()).isFalse();
        assertThat(second.summary()).isEqualTo("nothing changed");
        assertThat(EMULATOR.state().activityTypes()).hasSize(1);
    }

    @Test
    void activateAndDeactivateAreIdempotent() {
        EMULATOR.state().seedActivityType("Webinar", "Registered", "Registered", false);
        String activate = TYPES + "&operation=activate&developerName=Registered";

        SetupReport activated = report(camel.send(activate, (Object) null));
        SetupReport again = report(camel.send(activate, (Object) null));
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isTrue();
        SetupReport deactivated = report(camel.send(activate.replace("activate", "deactivate"), (Object) null));

        assertThat(activated.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.UPDATED);
            assertThat(c.fields()).containsExactly("active");
        });
        assertThat(again.changed()).isFalse();
        assertThat(deactivated.changed()).isTrue();
        assertThat(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().active()).isFalse();
    }

    @Test
    void activatingAMissingTypeSaysToCreateItFirst() {
        Exchange exchange = camel.send(TYPES + "&operation=activate&developerName=Nope", (Object) null);

        assertThat(exchange.getException()).isInstanceOf(PardotSetupException.class)
                .hasMessageContaining("activity type 'Nope' does not exist under extension 'Webinar'");
    }

    @Test
    void theExtensionMustBeNamed() {
        Exchange exchange = camel.send("pardot:activity-type?operation=list", (Object) null);

        assertThat(exchange.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining("the extension is not named");
    }

    private static SetupReport report(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SetupReport.class);
    }
}
