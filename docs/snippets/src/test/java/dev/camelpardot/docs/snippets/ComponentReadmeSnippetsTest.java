package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelpardot.emulator.ActivityTypeRecord;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** component/camel-pardot/README.md: each snippet runs against the emulator. */
class ComponentReadmeSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    /** The README's example org: its consumer key and business unit. */
    private static final String CLIENT_ID = "3MVG9...";
    private static final String BUSINESS_UNIT = "0Uv000000000001AAA";

    @AfterEach
    void restore() {
        EMULATOR.config().clientId(EmulatorDefaults.CLIENT_ID).dailyLimit(0);
    }

    @Test
    void quickStartInJava() throws Exception {
        theReadmeOrg("Attended");
        try (EmulatedCamel camel = EmulatedCamel.hostsOnly(EMULATOR).routes(new ComponentReadmeRoutes.QuickStart()).start()) {
            camel.template().sendBodyAndHeader("seda:events", null, "email", "ada@example.com");
            await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 1);
        }
        assertThat(EMULATOR.state().activities()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("Attended webinar 42");
            assertThat(a.businessUnitId()).isEqualTo(BUSINESS_UNIT);
        });
    }

    @Test
    void quickStartInYaml() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Attended");
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).yaml("snippets/component/seda-route.yaml").start()) {
            camel.template().sendBody("seda:events", Map.of("email", "ada@example.com", "value", "from YAML"));
            await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().activityCount() == 1);
        }
        assertThat(EMULATOR.state().activities().get(0).type()).isEqualTo("Attended");
    }

    @Test
    void quickStartProperties() throws Exception {
        theReadmeOrg("Registered");
        Main main = PropertiesSnippet.start("snippets/component/component.properties", EMULATOR.baseUrl(), Map.of(),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:deliver").to("pardot:external-activity?extension=Webinar_Service&type=Registered");
                    }
                });
        try {
            main.getCamelTemplate().sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "from properties"));
        } finally {
            main.stop();
        }
        assertThat(EMULATOR.state().activities()).singleElement()
                .extracting(RecordedActivity::businessUnitId).isEqualTo(BUSINESS_UNIT);
    }

    @Test
    void streamResultsSplitsEveryActivity() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        List<Object> seen = new CopyOnWriteArrayList<>();
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR)) {
            camel.routes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:each-activity").process(e -> seen.add(e.getIn().getBody()));
                }
            }).start();
            for (int i = 1; i <= 3; i++) {
                camel.template().sendBody("pardot:external-activity?extension=Webinar_Service&type=Registered",
                        Map.of("email", "ada@example.com", "value", "export-" + i));
            }
            camel.routes(new ComponentReadmeRoutes.StreamedQuery());
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 3);
        }
        assertThat(seen).allSatisfy(activity -> assertThat(activity).isInstanceOf(Map.class));
    }

    @Test
    void oneStepSetupInJavaAndAsJson() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new ComponentReadmeRoutes.OneStepSetup()).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.state().assignments().size() == 1);
            assertThat(EMULATOR.state().activityTypes()).extracting(ActivityTypeRecord::developerName)
                    .containsExactlyInAnyOrder("Registered", "Attended");

            SetupReport json = camel.template().requestBody("pardot:extension?operation=ensure",
                    SetupAsCodeSnippetsTest.resource("snippets/component/setup.json"), SetupReport.class);
            // the JSON differs from the Java setup only in the description
            assertThat(json.summary()).contains("EXTENSION Webinar_Service: UPDATED").doesNotContain("CREATED");
        }
        assertThat(EMULATOR.state().extensions().get(0).description()).isEqualTo("Our webinars");
    }

    @Test
    void activateAnActivityType() throws Exception {
        EMULATOR.state().seedExtension("Webinar_Service", "Webinar Service", true);
        EMULATOR.state().seedActivityType("Webinar_Service", "Attended", "Attended", false);
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new ComponentReadmeRoutes.Activate()).start()) {
            camel.template().sendBody("direct:activate", null);
        }
        assertThat(EMULATOR.state().activityTypes()).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
    }

    @Test
    void theDailyLimitGoesToSedaTomorrow() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered");
        EMULATOR.config().dailyLimit(1);
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new ComponentReadmeRoutes.Exceptions()).start()) {
            camel.template().sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "today"));
            camel.template().sendBody("direct:deliver", Map.of("email", "ada@example.com", "value", "tomorrow"));
            Object parked = camel.context.createConsumerTemplate().receiveBody("seda:tomorrow", 10_000);
            assertThat(parked).isEqualTo(Map.of("email", "ada@example.com", "value", "tomorrow"));
        }
    }

    private static void theReadmeOrg(String type) {
        EMULATOR.config().clientId(CLIENT_ID);
        EMULATOR.state().addBusinessUnit(BUSINESS_UNIT, "Readme business unit");
        EMULATOR.state().seedReadySetup("Webinar_Service", type);
        EMULATOR.state().assign("Webinar_Service", BUSINESS_UNIT);
    }
}
