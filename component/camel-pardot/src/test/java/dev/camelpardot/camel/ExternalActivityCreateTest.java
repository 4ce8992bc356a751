package dev.camelpardot.camel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import dev.camelpardot.emulator.RecordedActivity;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** external-activity create, one activity: every body type, every activityDate type, the fill-in precedence. */
class ExternalActivityCreateTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String URI = "pardot:external-activity?extension=Webinar&type=Registered";

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered", "Attended");
        EMULATOR.state().seedReadySetup("Podcast", "Listened");
        camel = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void modelBodyIsDeliveredAndTheCreatedActivityComesBack() {
        Exchange exchange = camel.send(URI, ExternalActivity.of("Webinar", "Attended", "jane@example.com", "watched 40 min"));

        assertThat(exchange.getException()).isNull();
        RecordedActivity recorded = onlyActivity();
        assertThat(recorded.type()).isEqualTo("Attended");
        assertThat(recorded.email()).isEqualTo("jane@example.com");
        assertThat(recorded.value()).isEqualTo("watched 40 min");
        ExternalActivity created = exchange.getMessage().getBody(ExternalActivity.class);
        assertThat(created.id()).isEqualTo(recorded.id());
        assertThat(created.createdAt()).isNotNull();
        assertThat(exchange.getMessage().getHeader(PardotConstants.ACTIVITY_ID)).isEqualTo(recorded.id());
        assertThat(exchange.getMessage().getHeader(PardotConstants.HTTP_STATUS)).isEqualTo(201);
    }

    @Test
    void mapBodyTakesExtensionAndTypeFromTheEndpoint() {
        Exchange exchange = camel.send(URI, Map.of("email", "map@example.com", "value", "from a map"));

        assertThat(exchange.getException()).isNull();
        RecordedActivity recorded = onlyActivity();
        assertThat(recorded.extension()).isEqualTo("Webinar");
        assertThat(recorded.type()).isEqualTo("Registered");
        assertThat(recorded.email()).isEqualTo("map@example.com");
    }

    @Test
    void jsonStringBody() {
        Exchange exchange = camel.send(URI, "{\"email\":\"json@example.com\",\"value\":\"from JSON\"}");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyActivity().value()).isEqualTo("from JSON");
    }

    @Test
    void jsonBytesBody() {
        Exchange exchange = camel.send(URI, "{\"email\":\"bytes@example.com\",\"value\":\"é from bytes\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(exchange.getException()).isNull();
        assertThat(onlyActivity().value()).isEqualTo("é from bytes");
    }

    @Test
    void jsonStreamBody() {
        Exchange exchange = camel.send(URI, new ByteArrayInputStream(
                "{\"email\":\"stream@example.com\",\"value\":\"from a stream\",\"type\":\"Attended\"}"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(exchange.getException()).isNull();
        RecordedActivity recorded = onlyActivity();
        assertThat(recorded.value()).isEqualTo("from a stream");
        assertThat(recorded.type()).isEqualTo("Attended");
    }

    @Test
    void noBodyAtAllUsesHeadersOnly() {
        Exchange exchange = camel.send("pardot:external-activity", ex -> {
            ex.getMessage().setBody(null);
            ex.getMessage().setHeader(PardotConstants.EXTENSION, "Podcast");
            ex.getMessage().setHeader(PardotConstants.TYPE, "Listened");
            ex.getMessage().setHeader(PardotConstants.EMAIL, "headers@example.com");
            ex.getMessage().setHeader(PardotConstants.VALUE, "episode 12");
        });

        assertThat(exchange.getException()).isNull();
        RecordedActivity recorded = onlyActivity();
        assertThat(recorded.extension()).isEqualTo("Podcast");
        assertThat(recorded.type()).isEqualTo("Listened");
        assertThat(recorded.email()).isEqualTo("headers@example.com");
        assertThat(recorded.value()).isEqualTo("episode 12");
    }

    @Test
    void bodyFieldBeatsHeaderBeatsEndpointOption() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "body@example.com");
        body.put("value", "body value");
        // type only in the header (beats the option Registered); extension in body, header and option
        body.put("extension", "Webinar");
        Exchange exchange = camel.send(URI, ex -> {
            ex.getMessage().setBody(body);
            ex.getMessage().setHeader(PardotConstants.EXTENSION, "Podcast");
            ex.getMessage().setHeader(PardotConstants.TYPE, "Attended");
            ex.getMessage().setHeader(PardotConstants.EMAIL, "header@example.com");
            ex.getMessage().setHeader(PardotConstants.VALUE, "header value");
        });

        assertThat(exchange.getException()).isNull();
        RecordedActivity recorded = onlyActivity();
        assertThat(recorded.extension()).as("body beats header and option").isEqualTo("Webinar");
        assertThat(recorded.type()).as("header beats option").isEqualTo("Attended");
        assertThat(recorded.email()).as("body beats header").isEqualTo("body@example.com");
        assertThat(recorded.value()).isEqualTo("body value");
    }

    @Test
    void activityDateOfEveryAcceptedTypeIsSentWithItsOffset() {
        OffsetDateTime when = OffsetDateTime.of(2024, 3, 5, 10, 15, 30, 0, ZoneOffset.ofHours(-4));
        Object[] forms = {
                when,
                when.atZoneSameInstant(ZoneId.of("Europe/Paris")),
                when.toInstant(),
                Date.from(when.toInstant()),
                when.toInstant().toEpochMilli(),
                "2024-03-05T10:15:30-04:00",
                "2024-03-05T14:15:30Z" };
        for (Object form : forms) {
            Exchange exchange = camel.send(URI, ex -> {
                ex.getMessage().setBody(Map.of("email", "dates@example.com", "value", form.getClass().getSimpleName()));
                ex.getMessage().setHeader(PardotConstants.ACTIVITY_DATE, form);
            });
            assertThat(exchange.getException()).as(form.getClass().getSimpleName()).isNull();
        }
        assertThat(EMULATOR.state().activities()).hasSize(forms.length)
                .allSatisfy(a -> assertThat(a.activityDate().toInstant()).isEqualTo(when.toInstant()));
        // the offset given is the offset sent
        assertThat(EMULATOR.state().activities().get(0).activityDate().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(EMULATOR.state().activities().get(1).activityDate().getOffset())
                .isEqualTo(when.atZoneSameInstant(ZoneId.of("Europe/Paris")).getOffset());
    }

    @Test
    void activityDateInTheBodyBeatsTheHeader() {
        ZonedDateTime inBody = ZonedDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneId.of("UTC"));
        Exchange exchange = camel.send(URI, ex -> {
            ex.getMessage().setBody(ExternalActivity.of(null, null, "d@example.com", "v").withActivityDate(inBody.toOffsetDateTime()));
            ex.getMessage().setHeader(PardotConstants.ACTIVITY_DATE, Instant.parse("2020-01-01T00:00:00Z"));
        });

        assertThat(exchange.getException()).isNull();
        assertThat(onlyActivity().activityDate().toInstant()).isEqualTo(inBody.toInstant());
    }

    private static RecordedActivity onlyActivity() {
        assertThat(EMULATOR.state().activities()).hasSize(1);
        return EMULATOR.state().activities().get(0);
    }
}
