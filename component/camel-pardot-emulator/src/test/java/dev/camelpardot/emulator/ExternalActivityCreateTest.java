package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalActivityCreateTest {

    private static final String OTHER_UNIT = "0UvEMULATOR00077AA";

    private PardotEmulator emulator;
    private ApiClient api;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        emulator.state().seedReadySetup("Webinar", "Registered", "Attended");
        api = new ApiClient(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void acceptedActivityIsRecordedAndEchoed() {
        TestHttp.Response response = api.createActivity("{\"extension\":\"Webinar\",\"type\":\"Registered\","
                + "\"email\":\"ann@example.com\",\"value\":\"Spring launch\",\"activityDate\":\"2021-01-01T11:08:00-04:00\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Map<String, Object> body = response.object();
        assertThat(body.keySet()).containsExactly("id", "extension", "type", "email", "value", "activityDate", "createdAt");
        assertThat(body).containsEntry("extension", "Webinar").containsEntry("type", "Registered")
                .containsEntry("email", "ann@example.com").containsEntry("value", "Spring launch")
                .containsEntry("activityDate", "2021-01-01T11:08:00-04:00");
        assertThat(response.header("Location")).isEqualTo(emulator.baseUrl() + "/api/v5/external-activities/" + body.get("id"));

        RecordedActivity recorded = emulator.state().activities().get(0);
        assertThat(recorded.id()).isEqualTo(body.get("id").toString());
        assertThat(recorded.businessUnitId()).isEqualTo(BUSINESS_UNIT_ID);
        assertThat(recorded.activityDate()).isEqualTo(OffsetDateTime.of(2021, 1, 1, 11, 8, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(recorded.createdAt()).isNotNull();
        assertThat(emulator.state().activityCount()).isEqualTo(1);
        assertThat(emulator.state().responseCount(201)).isEqualTo(1);
        assertThat(emulator.state().responses()).containsEntry("201", 1L);
    }

    @Test
    void withoutActivityDateTheReceiptTimeIsUsed() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        assertThat(create("Webinar", "Registered", "ann@example.com", "v").status()).isEqualTo(201);
        assertThat(emulator.state().activities().get(0).activityDate()).isAfter(before);
    }

    @Test
    void businessUnitHeaderIsRequiredWellFormedAndKnown() {
        String body = ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");
        assertError(api.http.send("POST", "/api/v5/external-activities", "application/json", body, "Authorization", "Bearer " + api.token),
                400, 181, "Pardot-Business-Unit-Id");
        assertError(api.createActivity("0UvTOOSHORT", body), 400, 182, "Pardot-Business-Unit-Id");
        assertError(api.createActivity("001EMULATOR00000AA", body), 400, 182, "0Uv");
        assertError(api.createActivity("0UvEMULATOR00099AA", body), 400, 201, "not found");
        assertThat(emulator.state().responseCount(400, 181)).isEqualTo(1);
        assertThat(emulator.state().activityCount()).isZero();
    }

    @Test
    void contentTypeMustBeJson() {
        String body = ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");
        assertError(api.http.send("POST", "/api/v5/external-activities", "application/x-www-form-urlencoded", body,
                "Authorization", "Bearer " + api.token, "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID), 400, 151, "application/json");
        assertError(api.http.send("POST", "/api/v5/external-activities", null, body,
                "Authorization", "Bearer " + api.token, "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID), 400, 151, "application/json");
        assertThat(api.http.send("POST", "/api/v5/external-activities", "application/json; charset=UTF-8", body,
                "Authorization", "Bearer " + api.token, "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID).status()).isEqualTo(201);
    }

    @Test
    void emptyBodyIs152() {
        assertError(api.createActivity(""), 400, 152, "empty");
        assertError(api.createActivity("  \n"), 400, 152, "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"extension\":}", "not json", "[1,2]", "\"text\"", "{\"a\":1}}", "{\"a\":\"\\q\"}"})
    void invalidJsonIs150(String body) {
        assertError(api.createActivity(body), 400, 150, "JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extension", "type", "email", "value"})
    void eachRequiredPropertyIsNamed(String missing) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("extension", "Webinar", "type", "Registered",
                "email", "ann@example.com", "value", "v"));
        body.remove(missing);
        assertError(api.createActivity(Json.write(body)), 400, 153, "Missing required property: " + missing);
        body.put(missing, "");
        assertError(api.createActivity(Json.write(body)), 400, 153, "Missing required property: " + missing);
        body.put(missing, null);
        assertError(api.createActivity(Json.write(body)), 400, 153, "Missing required property: " + missing);
    }

    @Test
    void valueOfAtMost100Characters() {
        assertThat(create("Webinar", "Registered", "ann@example.com", "x".repeat(100)).status()).isEqualTo(201);
        assertThat(create("Webinar", "Registered", "ann@example.com", "é".repeat(100)).status()).isEqualTo(201);
        assertError(create("Webinar", "Registered", "ann@example.com", "x".repeat(101)), 400, 154, "value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-01-01T11:08:00", "2021-01-01", "01/01/2021 11:08", "2021-01-01T11:08:00+0000", "yesterday"})
    void activityDateNeedsAnOffset(String date) {
        assertError(api.createActivity("{\"extension\":\"Webinar\",\"type\":\"Registered\",\"email\":\"ann@example.com\","
                + "\"value\":\"v\",\"activityDate\":\"" + date + "\"}"), 400, 154, "activityDate");
    }

    @Test
    void activityDateWithZuluOrOffsetIsAccepted() {
        for (String date : new String[] {"2021-01-01T11:08:00Z", "2021-01-01T11:08:00.123+02:00"}) {
            assertThat(api.createActivity("{\"extension\":\"Webinar\",\"type\":\"Registered\",\"email\":\"ann@example.com\","
                    + "\"value\":\"v\",\"activityDate\":\"" + date + "\"}").status()).isEqualTo(201);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@", "@example.com", "ann@example", "ann example@example.com", "ann@@example.com"})
    void malformedEmailIsCode4(String email) {
        assertError(create("Webinar", "Registered", email, "v"), 400, 4, "Invalid prospect email address");
    }

    @Test
    void overlongEmailIsCode4() {
        assertError(create("Webinar", "Registered", "a".repeat(250) + "@example.com", "v"), 400, 4, "Invalid prospect email address");
    }

    @Test
    void unknownOrMistypedPropertiesAre154() {
        assertError(api.createActivity("{\"extension\":\"Webinar\",\"type\":\"Registered\",\"email\":\"ann@example.com\","
                + "\"value\":\"v\",\"prospectId\":5}"), 400, 154, "prospectId");
        assertError(api.createActivity("{\"extension\":\"Webinar\",\"type\":\"Registered\",\"email\":\"ann@example.com\","
                + "\"value\":42}"), 400, 154, "value");
    }

    @Test
    void extensionMustExistAndBeActive() {
        assertError(create("Nope", "Registered", "ann@example.com", "v"), 400, 154, "'Nope'");
        emulator.state().seedExtension("Dormant", "Dormant", false);
        emulator.state().seedActivityType("Dormant", "Registered_D", "Registered", true);
        emulator.state().assign("Dormant", BUSINESS_UNIT_ID);
        assertError(create("Dormant", "Registered_D", "ann@example.com", "v"), 400, 154, "not active");
    }

    @Test
    void typeMustExistUnderTheExtensionAndBeActive() {
        assertError(create("Webinar", "Downloaded", "ann@example.com", "v"), 400, 154, "'Downloaded'");
        emulator.state().seedReadySetup("Ebook", "Downloaded");
        assertError(create("Webinar", "Downloaded", "ann@example.com", "v"), 400, 154, "type");
        emulator.state().seedActivityType("Webinar", "Cancelled", "Cancelled", false);
        assertError(create("Webinar", "Cancelled", "ann@example.com", "v"), 400, 154, "not active");
    }

    @Test
    void extensionMustBeAssignedToTheBusinessUnit() {
        emulator.state().addBusinessUnit(OTHER_UNIT, "Other unit");
        String body = ApiClient.activity("Webinar", "Registered", "ann@example.com", "v");
        assertError(api.createActivity(OTHER_UNIT, body), 400, 154, "not assigned to business unit " + OTHER_UNIT);
        emulator.state().assign("Webinar", OTHER_UNIT);
        assertThat(api.createActivity(OTHER_UNIT, body).status()).isEqualTo(201);
        assertThat(emulator.state().activities().get(0).businessUnitId()).isEqualTo(OTHER_UNIT);
    }

    @Test
    void namesMatchTheSetupIgnoringCase() {
        assertThat(create("webinar", "REGISTERED", "ann@example.com", "v").status()).isEqualTo(201);
        RecordedActivity recorded = emulator.state().activities().get(0);
        assertThat(recorded.extension()).isEqualTo("Webinar");
        assertThat(recorded.type()).isEqualTo("Registered");
    }

    @Test
    void unknownProspectsAreAcceptedByDefaultAndRejectedWhenConfigured() {
        assertThat(create("Webinar", "Registered", "stranger@example.com", "v").status()).isEqualTo(201);

        emulator.config().unknownEmailPolicy(UnknownEmailPolicy.REJECT);
        emulator.state().addProspects("Ann@Example.com");
        assertError(create("Webinar", "Registered", "stranger@example.com", "v"), 400, 4, "Invalid prospect email address");
        assertThat(create("Webinar", "Registered", "ann@example.com", "v").status()).as("matched ignoring case").isEqualTo(201);
        assertThat(emulator.state().activityCount()).isEqualTo(2);
    }

    @Test
    void otherMethodsAndPathsAreRefused() {
        TestHttp.Response put = api.http.send("PUT", "/api/v5/external-activities", "application/json", "{}",
                "Authorization", "Bearer " + api.token, "Pardot-Business-Unit-Id", BUSINESS_UNIT_ID);
        assertThat(put.status()).isEqualTo(405);
        assertThat(api.v5Get("/api/v5/objects/prospects?fields=id").status()).isEqualTo(404);
    }

    private TestHttp.Response create(String extension, String type, String email, String value) {
        return api.createActivity(ApiClient.activity(extension, type, email, value));
    }

    static void assertError(TestHttp.Response response, int status, int code, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).as(response.body()).isEqualTo(code);
        assertThat((String) response.object().get("message")).contains(messagePart);
    }
}
