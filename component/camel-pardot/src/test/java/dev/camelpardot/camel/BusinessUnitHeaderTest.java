package dev.camelpardot.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The CamelPardotBusinessUnitId header: one endpoint, several business units, each with its own cap. */
class BusinessUnitHeaderTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String DEFAULT_BU = EmulatorDefaults.BUSINESS_UNIT_ID;
    private static final String EMEA = "0UvEMEA0000000001A";
    private static final String URI = "pardot:external-activity?extension=Webinar&type=Registered";

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().addBusinessUnit(EMEA, "EMEA");
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        EMULATOR.state().assign("Webinar", EMEA);
        camel = CamelHarness.start(EMULATOR, c -> c.setMaxConcurrentRequests(2));
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void theHeaderSendsTheActivityToItsBusinessUnit() {
        Exchange toEmea = send(EMEA, "emea@example.com");
        Exchange toDefault = send(null, "default@example.com");

        assertThat(toEmea.getException()).isNull();
        assertThat(toDefault.getException()).isNull();
        assertThat(EMULATOR.state().activities()).extracting(RecordedActivity::email, RecordedActivity::businessUnitId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("emea@example.com", EMEA),
                        org.assertj.core.groups.Tuple.tuple("default@example.com", DEFAULT_BU));
    }

    @ParameterizedTest(name = "header \"{0}\"")
    @ValueSource(strings = { "0UvEMEA", "001000000000001AAA", "0UvEMEA00000000-1A", " " })
    void aMalformedHeaderIsRefusedBeforeAnyCall(String header) {
        Exchange exchange = send(header, "bad@example.com");

        assertThat(exchange.getException()).isInstanceOf(PardotValidationException.class)
                .hasMessageContaining(PardotConstants.BUSINESS_UNIT_ID).hasMessageContaining("0Uv");
        assertThat(((PardotValidationException) exchange.getException()).getField())
                .isEqualTo(PardotConstants.BUSINESS_UNIT_ID);
        assertThat(EMULATOR.state().responses()).isEmpty();
    }

    @Test
    void eachBusinessUnitHasItsOwnCap() throws Exception {
        EMULATOR.config().latency(Duration.ofMillis(50));
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String bu = i % 2 == 0 ? EMEA : DEFAULT_BU;
            String email = "p" + i + "@example.com";
            sent.add(camel.template.asyncSend(URI, e -> {
                e.getMessage().setHeader(PardotConstants.BUSINESS_UNIT_ID, bu);
                e.getMessage().setBody(Map.of("email", email, "value", "v"));
            }));
        }
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.get(30, TimeUnit.SECONDS).getException()).isNull();
        }

        assertThat(EMULATOR.state().maxInFlight(EMEA)).isEqualTo(2);
        assertThat(EMULATOR.state().maxInFlight(DEFAULT_BU)).isEqualTo(2);
        assertThat(EMULATOR.state().responseCount(429, 66)).isZero();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(20);
    }

    @Test
    void setupAssignsTheExtensionToTheHeadersBusinessUnit() {
        String apac = "0UvAPAC0000000001A";
        EMULATOR.state().addBusinessUnit(apac, "APAC");

        Exchange exchange = camel.send("pardot:extension?operation=assign&developerName=Webinar",
                e -> e.getMessage().setHeader(PardotConstants.BUSINESS_UNIT_ID, apac));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SetupReport.class).changed()).isTrue();
        assertThat(EMULATOR.state().assignments()).anyMatch(a -> a.businessUnitId().equals(apac));
    }

    private Exchange send(String businessUnitId, String email) {
        return camel.send(URI, e -> {
            if (businessUnitId != null) {
                e.getMessage().setHeader(PardotConstants.BUSINESS_UNIT_ID, businessUnitId);
            }
            e.getMessage().setBody(Map.of("email", email, "value", "v"));
        });
    }
}
