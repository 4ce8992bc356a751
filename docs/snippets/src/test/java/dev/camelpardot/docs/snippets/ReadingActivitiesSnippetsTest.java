package dev.camelpardot.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.UnknownProspectPolicy;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.UnknownEmailPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docs/reading-activities.md against the emulator: the query routes, the export with a restart, unknown prospects. */
class ReadingActivitiesSnippetsTest {

    @RegisterExtension
    static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @TempDir
    Path dataDir;

    @BeforeEach
    void setUp() {
        EMULATOR.state().seedReadySetup("Webinar_Service", "Registered", "Attended");
    }

    @AfterEach
    void tearDown() {
        // a setting the emulator keeps across its per-test reset
        EMULATOR.config().unknownEmailPolicy(UnknownEmailPolicy.ACCEPT);
    }

    @Test
    void whatWasRecordedSinceYesterday() throws Exception {
        List<Object> seen = new CopyOnWriteArrayList<>();
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:each-activity").process(e -> seen.add(e.getMessage().getBody()));
            }
        })) {
            camel.start();
            create(camel, 3, "Attended");
            camel.context.addRoutes(new ReadingActivitiesRoutes.SinceYesterday());
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 3);
        }
        assertThat(seen).allSatisfy(activity -> assertThat(((Map<?, ?>) activity).get("type")).isEqualTo("Attended"));
    }

    @Test
    void theQueryUrisAreAccepted() throws Exception {
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).start()) {
            create(camel, 2, "Attended");
            for (String uri : SetupAsCodeSnippetsTest.resource("snippets/reading-activities/query-uris.txt").lines().toList()) {
                Exchange exchange = camel.template().request(uri, e -> e.getMessage().setBody(null));
                assertThat(exchange.getException()).as(uri).isNull();
                assertThat(exchange.getMessage().getBody(List.class)).as(uri).isNotNull();
            }
        }
    }

    @Test
    void theExportResumesAfterARestartWithoutRepeatingAnActivity() throws Exception {
        Path file = dataDir.resolve("export/activities.ndjson");
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).start()) {
            create(camel, 5, "Registered");
            camel.context.addRoutes(new ReadingActivitiesRoutes.ActivitiesToFile(dataDir));
            await().atMost(Duration.ofSeconds(30)).until(() -> lines(file).size() == 5);
        }
        // while the application is down, three more
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).start()) {
            create(camel, 3, "Attended");
        }
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new ReadingActivitiesRoutes.ActivitiesToFile(dataDir))
                .start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> lines(file).size() >= 8);
        }
        ObjectMapper json = new ObjectMapper();
        List<Object> ids = new ArrayList<>();
        for (String line : lines(file)) {
            ids.add(json.readTree(line).get("id").asLong());
        }
        assertThat(ids).hasSize(8).doesNotHaveDuplicates()
                .containsExactlyElementsOf(EMULATOR.state().activities().stream().map(a -> (Object) Long.valueOf(a.id()))
                        .toList());
    }

    @Test
    void anActivityForAnUnknownEmailCreatesItsProspect() throws Exception {
        EMULATOR.config().unknownEmailPolicy(UnknownEmailPolicy.REJECT);
        try (EmulatedCamel camel = EmulatedCamel.withDefaults(EMULATOR).routes(new ReadingActivitiesRoutes.UnknownProspects())
                .start()) {
            Exchange exchange = camel.template().request("direct:signups",
                    e -> e.getMessage().setBody(Map.of("email", "newcomer@example.com", "value", "signed up")));
            assertThat(exchange.getException()).isNull();
        }
        assertThat(EMULATOR.state().prospect("newcomer@example.com")).isPresent();
        assertThat(EMULATOR.state().activities()).singleElement()
                .satisfies(a -> assertThat(a.email()).isEqualTo("newcomer@example.com"));
    }

    @Test
    void thePropertySetsItForTheWholeComponent() throws Exception {
        Main main = PropertiesSnippet.start("snippets/reading-activities/unknown-prospect.properties", EMULATOR.baseUrl(),
                Map.of(), new RouteBuilder() {
                    @Override
                    public void configure() {
                    }
                });
        try {
            assertThat(main.getCamelContext().getComponent("pardot", PardotComponent.class).getConfiguration()
                    .getUnknownProspect()).isEqualTo(UnknownProspectPolicy.CREATE);
        } finally {
            main.stop();
        }
    }

    private static void create(EmulatedCamel camel, int count, String type) {
        for (int i = 0; i < count; i++) {
            Exchange created = camel.template().request("pardot:external-activity?extension=Webinar_Service&type=" + type,
                    e -> e.getMessage().setBody(Map.of("email", "reader@example.com", "value", type + " " + System.nanoTime())));
            assertThat(created.getException()).isNull();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }
}
