package dev.camelpardot.emulator;

import java.util.concurrent.CompletableFuture;

/** Authenticated calls to the emulator's APIs, as the component would make them. */
final class ApiClient {

    final TestHttp http;
    final String token;

    ApiClient(PardotEmulator emulator) {
        this.http = new TestHttp(emulator.baseUrl());
        this.token = accessToken(http);
    }

    static String accessToken(TestHttp http) {
        TestHttp.Response response = http.token("grant_type", "refresh_token", "client_id", EmulatorDefaults.CLIENT_ID,
                "client_secret", EmulatorDefaults.CLIENT_SECRET, "refresh_token", EmulatorDefaults.REFRESH_TOKEN);
        if (response.status() != 200) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return (String) response.object().get("access_token");
    }

    TestHttp.Response createActivity(String json) {
        return createActivity(EmulatorDefaults.BUSINESS_UNIT_ID, json);
    }

    TestHttp.Response createActivity(String businessUnitId, String json) {
        return TestHttp.join(createActivityAsync(businessUnitId, json));
    }

    CompletableFuture<TestHttp.Response> createActivityAsync(String businessUnitId, String json) {
        return http.sendAsync("POST", "/api/v5/external-activities", "application/json", json,
                "Authorization", "Bearer " + token, "Pardot-Business-Unit-Id", businessUnitId);
    }

    TestHttp.Response v5Get(String pathAndQuery) {
        return http.send("GET", pathAndQuery, null, null,
                "Authorization", "Bearer " + token, "Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID);
    }

    TestHttp.Response v5Post(String path, String json) {
        return http.send("POST", path, "application/json", json,
                "Authorization", "Bearer " + token, "Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID);
    }

    TestHttp.Response tooling(String method, String path, String json) {
        return http.send(method, "/services/data/v60.0/tooling" + path, json == null ? null : "application/json", json,
                "Authorization", "Bearer " + token);
    }

    /** An activity with an explicit activityDate (ISO 8601 with offset). */
    static String activity(String extension, String type, String email, String value, String activityDate) {
        return "{\"extension\":" + Json.quote(extension) + ",\"type\":" + Json.quote(type) + ",\"email\":"
                + Json.quote(email) + ",\"value\":" + Json.quote(value) + ",\"activityDate\":" + Json.quote(activityDate) + "}";
    }

    static String activity(String extension, String type, String email, String value) {
        return "{\"extension\":" + Json.quote(extension) + ",\"type\":" + Json.quote(type) + ",\"email\":"
                + Json.quote(email) + ",\"value\":" + Json.quote(value) + "}";
    }
}
