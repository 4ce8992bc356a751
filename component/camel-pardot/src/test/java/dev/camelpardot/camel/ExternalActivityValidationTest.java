package dev.camelpardot.camel;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation error fails the exchange with a PardotValidationException naming the field and the fix, and
 * nothing reaches Account Engagement: the emulator records no activity and answers no external-activity request.
 */
class ExternalActivityValidationTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String URI = "pardot:external-activity?extension=Webinar&type=Registered";

    private CamelHarness camel;

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        camel = CamelHarness.start(EMULATOR);
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void missingExtension() {
        assertRejected("pardot:external-activity?type=Registered", body("a@example.com", "v"), "extension",
                "extension is missing", "CamelPardotExtension");
    }

    @Test
    void missingType() {
        assertRejected("pardot:external-activity?extension=Webinar", body("a@example.com", "v"), "type",
                "type is missing", "CamelPardotType");
    }

    @Test
    void missingEmail() {
        assertRejected(URI, Map.of("value", "v"), "email", "email is missing", "CamelPardotEmail");
    }

    @Test
    void missingValue() {
        assertRejected(URI, Map.of("email", "a@example.com"), "value", "value is missing", "CamelPardotValue");
    }

    @Test
    void malformedEmail() {
        assertRejected(URI, body("not-an-address", "v"), "email", "'not-an-address' is not an e-mail address");
        assertRejected(URI, body("two@@example.com", "v"), "email", "is not an e-mail address");
        assertRejected(URI, body("spaces in@example.com", "v"), "email", "is not an e-mail address");
    }

    @Test
    void valueOverOneHundredCharacters() {
        assertRejected(URI, body("a@example.com", "x".repeat(142)), "value",
                "value is 142 characters; Account Engagement accepts at most 100: shorten it or move detail elsewhere");
    }

    @Test
    void valueOfExactlyOneHundredCharactersIsAccepted() {
        Exchange exchange = camel.send(URI, body("a@example.com", "x".repeat(100)));
        assertThat(exchange.getException()).isNull();
        assertThat(EMULATOR.state().activityCount()).isEqualTo(1);
    }

    @Test
    void activityDateWithoutOffset() {
        assertRejected(URI, header(PardotConstants.ACTIVITY_DATE, "2024-03-05T10:15:30"), "activityDate",
                "has no offset", "2021-01-01T11:08:00+00:00");
        assertRejected(URI, header(PardotConstants.ACTIVITY_DATE, LocalDateTime.of(2024, 3, 5, 10, 15)), "activityDate",
                "has no offset");
        Map<String, Object> withLocalDate = new HashMap<>(body("a@example.com", "v"));
        withLocalDate.put("activityDate", "2024-03-05");
        assertRejected(URI, withLocalDate, "activityDate", "has no offset");
    }

    @Test
    void activityDateThatIsNotADate() {
        assertRejected(URI, header(PardotConstants.ACTIVITY_DATE, "yesterday"), "activityDate",
                "is not an ISO-8601 date-time");
        assertRejected(URI, header(PardotConstants.ACTIVITY_DATE, 3.5d), "activityDate", "is not supported");
    }

    @Test
    void bodyOfAnUnknownType() {
        assertRejected(URI, java.util.UUID.randomUUID(), "body", "cannot be read as an external activity");
    }

    @Test
    void bodyTextThatIsNotJson() {
        assertRejected(URI, "email=a@example.com", "body", "not JSON");
        assertRejected(URI, "{\"email\": ", "body", "not valid JSON");
    }

    private void assertRejected(String uri, Object body, String field, String... messageParts) {
        assertRejected(uri, (Consumer<Exchange>) ex -> ex.getMessage().setBody(body), field, messageParts);
    }

    private void assertRejected(String uri, Consumer<Exchange> prepare, String field, String... messageParts) {
        Exchange exchange = camel.send(uri, prepare);

        assertThat(exchange.getException()).isInstanceOf(PardotValidationException.class);
        PardotValidationException failure = (PardotValidationException) exchange.getException();
        assertThat(failure.getField()).isEqualTo(field);
        assertThat(failure.getMessage()).contains(messageParts);
        assertThat(EMULATOR.state().activityCount()).isZero();
        assertThat(EMULATOR.state().responses()).as("Account Engagement requests").isEmpty();
    }

    private static Consumer<Exchange> header(String name, Object value) {
        return ex -> {
            ex.getMessage().setBody(body("a@example.com", "v"));
            ex.getMessage().setHeader(name, value);
        };
    }

    private static Map<String, Object> body(String email, String value) {
        return Map.of("email", email, "value", value);
    }
}
