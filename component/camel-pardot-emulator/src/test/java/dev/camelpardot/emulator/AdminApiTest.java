package dev.camelpardot.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class AdminApiTest {

    private PardotEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = PardotEmulator.start();
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void setupSeedsAnExtensionItsTypesAndTheAssignment() {
        TestHttp.Response setup = post("/emulator/setup", "{\"extension\":\"Webinar\",\"types\":[\"Registered\",\"Attended\"]}");
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        assertThat(setup.object()).containsKeys("extensionId", "activityTypeIds", "assignmentId");
        assertThat(emulator.state().activityTypes()).extracting(ActivityTypeRecord::developerName).containsExactly("Registered", "Attended");
        assertThat(emulator.state().assignments()).singleElement().extracting(AssignmentRecord::businessUnitId).isEqualTo(BUSINESS_UNIT_ID);

        ApiClient api = new ApiClient(emulator);
        assertThat(api.createActivity(ApiClient.activity("Webinar", "Attended", "ann@example.com", "v")).status()).isEqualTo(201);

        TestHttp.Response activities = http.send("GET", "/emulator/activities", null, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) activities.json();
        assertThat(list).singleElement().satisfies(a -> assertThat(a).containsEntry("businessUnitId", BUSINESS_UNIT_ID)
                .containsEntry("type", "Attended").containsEntry("email", "ann@example.com"));
    }

    @Test
    void setupErrorsAre400() {
        post("/emulator/setup", "{\"extension\":\"Webinar\"}");
        TestHttp.Response again = post("/emulator/setup", "{\"extension\":\"Webinar\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat((String) again.object().get("error")).contains("DUPLICATE_DEVELOPER_NAME");
        assertThat(post("/emulator/setup", "{}").status()).isEqualTo(400);
        assertThat(post("/emulator/setup", "{not json").status()).isEqualTo(400);
    }

    @Test
    void stateReportsTrafficAndData() {
        emulator.state().seedReadySetup("Webinar", "Registered");
        ApiClient api = new ApiClient(emulator);
        api.createActivity(ApiClient.activity("Webinar", "Registered", "ann@example.com", "v"));
        api.createActivity(ApiClient.activity("Webinar", "Nope", "ann@example.com", "v"));

        Map<String, Object> state = http.send("GET", "/emulator/state", null, null).object();
        assertThat(state).containsEntry("baseUrl", emulator.baseUrl()).containsEntry("activityCount", 1L);
        assertThat(state.get("responses")).isEqualTo(Map.of("201", 1L, "400/154", 1L));
        assertThat(state.get("tokenRequests")).isEqualTo(Map.of("total", 1L, "byGrant", Map.of("refresh_token", 1L)));
        assertThat(((Map<?, ?>) state.get("maxInFlight")).get("overall")).isEqualTo(1L);
        assertThat((List<?>) state.get("extensions")).hasSize(1);
        assertThat(state.toString()).doesNotContain(EmulatorDefaults.CLIENT_SECRET).doesNotContain(EmulatorDefaults.PASSWORD)
                .doesNotContain(EmulatorDefaults.REFRESH_TOKEN);
    }

    @Test
    void configChangesSettingsAtRunTime() {
        TestHttp.Response response = post("/emulator/config", "{\"latency\":25,\"jitter\":\"PT0.005S\",\"maxInFlightPerBusinessUnit\":7,"
                + "\"dailyLimit\":100,\"unknownEmailPolicy\":\"reject\",\"failureRate503\":0.25,\"expiredTokenStatus\":400,"
                + "\"rotateRefreshTokens\":true,\"tokenTtl\":\"PT2H\",\"tokenMaxCalls\":10,\"clientSecret\":\"new-secret\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        EmulatorConfig config = emulator.config();
        assertThat(config.latency()).isEqualTo(Duration.ofMillis(25));
        assertThat(config.jitter()).isEqualTo(Duration.ofMillis(5));
        assertThat(config.maxInFlightPerBusinessUnit()).isEqualTo(7);
        assertThat(config.dailyLimit()).isEqualTo(100);
        assertThat(config.unknownEmailPolicy()).isEqualTo(UnknownEmailPolicy.REJECT);
        assertThat(config.failureRate503()).isEqualTo(0.25);
        assertThat(config.expiredTokenStatus()).isEqualTo(400);
        assertThat(config.rotateRefreshTokens()).isTrue();
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(config.tokenMaxCalls()).isEqualTo(10);
        assertThat(config.clientSecret()).isEqualTo("new-secret");
        assertThat(response.body()).doesNotContain("new-secret");
        assertThat(http.send("GET", "/emulator/config", null, null).object()).containsEntry("latency", 25L);
    }

    @Test
    void badConfigIsRejectedWholly() {
        TestHttp.Response unknown = post("/emulator/config", "{\"latency\":10,\"colour\":\"red\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((String) unknown.object().get("error")).startsWith("colour: unknown setting");
        assertThat(emulator.config().latency()).as("nothing applied").isEqualTo(Duration.ZERO);
        assertThat(post("/emulator/config", "{\"failureRate503\":2}").status()).isEqualTo(400);
        assertThat(post("/emulator/config", "{\"expiredTokenStatus\":500}").status()).isEqualTo(400);
        assertThat(post("/emulator/config", "{\"latency\":\"soon\"}").status()).isEqualTo(400);
        assertThat(post("/emulator/config", "[]").status()).isEqualTo(400);
    }

    @Test
    void prospectsBusinessUnitsResetAndTokenExpiry() {
        assertThat(post("/emulator/prospects", "[\"a@example.com\",\"b@example.com\"]").object()).containsEntry("prospects", 2L);
        assertThat(post("/emulator/prospects", "{\"emails\":[\"c@example.com\"]}").status()).isEqualTo(200);
        assertThat(emulator.state().prospects()).containsExactly("a@example.com", "b@example.com", "c@example.com");

        assertThat(post("/emulator/business-units", "{\"id\":\"0UvEMULATOR00123AA\",\"name\":\"EMEA\"}").status()).isEqualTo(201);
        assertThat(post("/emulator/business-units", "{\"id\":\"nope\"}").status()).isEqualTo(400);
        assertThat(emulator.state().businessUnits()).extracting(BusinessUnitRecord::name).contains("EMEA");

        ApiClient api = new ApiClient(emulator);
        assertThat(post("/emulator/expire-tokens", "").status()).isEqualTo(204);
        assertThat(api.tooling("GET", "/query/?q=SELECT+Id+FROM+PardotTenant", null).status()).isEqualTo(401);

        assertThat(post("/emulator/reset", "").status()).isEqualTo(204);
        assertThat(emulator.state().prospects()).isEmpty();
        assertThat(emulator.state().businessUnits()).extracting(BusinessUnitRecord::id).containsExactly(BUSINESS_UNIT_ID);
        assertThat(emulator.state().tokenRequests()).isZero();
    }

    @Test
    void unknownResourcesAndMethods() {
        assertThat(http.send("GET", "/emulator/nothing", null, null).status()).isEqualTo(404);
        assertThat(http.send("GET", "/emulator/reset", null, null).status()).isEqualTo(405);
        assertThat(http.send("POST", "/emulator/state", "application/json", "{}").status()).isEqualTo(405);
        assertThat(http.send("GET", "/elsewhere", null, null).status()).isEqualTo(404);
    }

    private TestHttp.Response post(String path, String json) {
        return http.send("POST", path, "application/json", json);
    }
}
