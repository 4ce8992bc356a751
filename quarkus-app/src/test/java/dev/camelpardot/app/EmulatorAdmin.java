package dev.camelpardot.app;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;

/** The emulator as the tests see it: its admin HTTP API (independent of class loaders). */
final class EmulatorAdmin {

    private EmulatorAdmin() {
    }

    static String baseUrl() {
        return ConfigProvider.getConfig().getValue("camel.component.pardot.pardot-url", String.class);
    }

    /** Every activity the emulator accepted. */
    static List<Map<String, Object>> activities() {
        return given().baseUri(baseUrl()).get("/emulator/activities").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Activities whose value starts with the prefix (each test marks its own). */
    static List<Map<String, Object>> activitiesWithValuePrefix(String prefix) {
        return activities().stream().filter(a -> String.valueOf(a.get("value")).startsWith(prefix)).toList();
    }

    static long distinctValuesWithPrefix(String prefix) {
        return activitiesWithValuePrefix(prefix).stream().map(a -> a.get("value")).distinct().count();
    }

    static void configure(Map<String, Object> settings) {
        given().baseUri(baseUrl()).contentType(ContentType.JSON).body(settings)
                .post("/emulator/config").then().statusCode(200);
    }

    static Map<String, Object> state() {
        return given().baseUri(baseUrl()).get("/emulator/state").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    static long tokenRequests() {
        return given().baseUri(baseUrl()).get("/emulator/state").then().statusCode(200)
                .extract().jsonPath().getLong("tokenRequests.total");
    }

    static long responses(String key) {
        Object count = given().baseUri(baseUrl()).get("/emulator/state").then().statusCode(200)
                .extract().jsonPath().getMap("responses").get(key);
        return count == null ? 0 : ((Number) count).longValue();
    }
}
