package dev.camelpardot.kamelet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kamelet as Kaoto and camel-jbang users run it: a YAML route (routes/deliver.camel.yaml, the README's
 * example) in camel-main sends to {@code kamelet:pardot-external-activity-sink}, which camel-kamelet loads from
 * {@code kamelets/} on the class path; the emulator records what arrives.
 */
class PardotExternalActivitySinkTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void aYamlRouteDeliversThroughTheKamelet() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered", "Attended");
        Main main = new Main();
        main.addInitialProperty("camel.main.routes-include-pattern", "classpath:routes/deliver.camel.yaml");
        main.addInitialProperty("pardot.client-id", EmulatorDefaults.CLIENT_ID);
        main.addInitialProperty("pardot.client-secret", EmulatorDefaults.CLIENT_SECRET);
        main.addInitialProperty("pardot.refresh-token", EmulatorDefaults.REFRESH_TOKEN);
        main.addInitialProperty("pardot.business-unit-id", EmulatorDefaults.BUSINESS_UNIT_ID);
        main.addInitialProperty("pardot.login-url", EMULATOR.baseUrl());
        main.addInitialProperty("pardot.pardot-url", EMULATOR.baseUrl());
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            ProducerTemplate template = context.createProducerTemplate();
            Exchange single = template.send("direct:signups", e -> e.getMessage()
                    .setBody("{\"email\":\"ada@example.com\",\"value\":\"Registered for Camel 101\"}"));
            assertThat(single.getException()).isNull();
            Exchange batch = template.send("direct:signups", e -> e.getMessage().setBody(java.util.List.of(
                    Map.of("email", "grace@example.com", "value", "Registered"),
                    Map.of("email", "alan@example.com", "value", "Registered", "type", "Attended"))));
            assertThat(batch.getException()).isNull();

            assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::email, RecordedActivity::extension,
                            RecordedActivity::type, RecordedActivity::businessUnitId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("ada@example.com", "Webinar_Service", "Registered",
                                    EmulatorDefaults.BUSINESS_UNIT_ID),
                            org.assertj.core.groups.Tuple.tuple("grace@example.com", "Webinar_Service", "Registered",
                                    EmulatorDefaults.BUSINESS_UNIT_ID),
                            org.assertj.core.groups.Tuple.tuple("alan@example.com", "Webinar_Service", "Attended",
                                    EmulatorDefaults.BUSINESS_UNIT_ID));
            assertThat(EMULATOR.state().tokenRequests()).as("one login for the Kamelet's endpoint").isEqualTo(1);
        } finally {
            main.stop();
        }
    }

    @Test
    void theReadmeShowsTheRouteThisTestRuns() throws Exception {
        String route;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("routes/deliver.camel.yaml")) {
            route = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../camel-pardot/README.md"));
        assertThat(readme).contains("```yaml\n" + route + "```");
    }

    @Test
    void theKameletIsOnTheClassPathWithItsSecretsMarked() throws Exception {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("kamelets/pardot-external-activity-sink.kamelet.yaml")) {
            assertThat(in).isNotNull();
            String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(yaml).contains("camel.apache.org/kamelet.type: \"sink\"");
            for (String secret : new String[] { "clientSecret", "refreshToken" }) {
                String block = yaml.substring(yaml.indexOf("      " + secret + ":"));
                block = block.substring(0, block.indexOf("urn:camel:group:credentials") + 1);
                assertThat(block).as(secret).contains("format: password");
            }
        }
    }
}
