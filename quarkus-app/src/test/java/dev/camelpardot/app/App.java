package dev.camelpardot.app;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The app as a client sees it: its HTTP API, with the test profile's API key. */
final class App {

    static final String KEY = "test-key-1";

    private App() {
    }

    static ValidatableResponse post(String body) {
        return given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(body).post("/activities").then();
    }

    /** Dead letters whose body or reason mentions the marker. */
    static List<Map<String, Object>> deadLetters(String marker) {
        List<Map<String, Object>> all = given().header("X-Api-Key", KEY).queryParam("limit", 10000).get("/dlq")
                .then().statusCode(200).extract().jsonPath().getList("deadLetters");
        return all.stream().filter(d -> String.valueOf(d.get("body")).contains(marker)
                || String.valueOf(d.get("origin")).contains(marker)).toList();
    }

    static Map<String, Object> status() {
        return given().get("/status").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** The /status entry of one business unit. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> unitStatus(String businessUnitId) {
        return (Map<String, Object>) ((Map<String, Object>) status().get("businessUnits")).get(businessUnitId);
    }

    static String activity(String email, String value) {
        return "{\"email\":\"" + email + "\",\"value\":\"" + value + "\"}";
    }
}
