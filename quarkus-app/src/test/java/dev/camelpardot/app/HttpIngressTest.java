package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorTestResource.class)
@Order(1)
class HttpIngressTest {

    @Test
    void refusesRequestsWithoutAValidKey() {
        given().contentType(ContentType.JSON).body(App.activity("ada@example.com", "http-nokey"))
                .post("/activities").then().statusCode(401).body("error", containsString("X-Api-Key"));
        given().header("X-Api-Key", "wrong").contentType(ContentType.JSON).body(App.activity("ada@example.com", "http-nokey"))
                .post("/activities").then().statusCode(401);
        given().get("/dlq").then().statusCode(401);
        given().post("/dlq/replay").then().statusCode(401);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("http-nokey")).isEmpty();
    }

    @Test
    void deliversAnObjectAnArrayAndNdjson() {
        App.post(App.activity("ada@example.com", "http-one-1")).statusCode(202).body("accepted", equalTo(1));
        App.post("[" + App.activity("ada@example.com", "http-one-2") + "," + App.activity("grace@example.com", "http-one-3") + "]")
                .statusCode(202).body("accepted", equalTo(2));
        given().header("X-Api-Key", "test-key-2").contentType("application/x-ndjson")
                .body((App.activity("alan@example.com", "http-one-4") + "\n\n"
                        + "{\"email\":\"alan@example.com\",\"value\":\"http-one-5\",\"type\":\"Event_Attended\","
                        + "\"activityDate\":\"2025-03-01T09:30:00+01:00\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/activities").then().statusCode(202).body("accepted", equalTo(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("http-one-") == 5);
        Map<String, Object> dated = EmulatorAdmin.activitiesWithValuePrefix("http-one-5").get(0);
        assertThat(dated.get("type")).isEqualTo("Event_Attended");
        assertThat(dated.get("extension")).isEqualTo("Camel_Pardot");
        assertThat(String.valueOf(dated.get("activityDate"))).startsWith("2025-03-01T09:30:00+01:00");
        Map<String, Object> defaulted = EmulatorAdmin.activitiesWithValuePrefix("http-one-1").get(0);
        assertThat(defaulted.get("type")).isEqualTo("Event_Registered");
    }

    @Test
    void refusesAllRecordsWithAReasonPerInvalidOne() {
        String body = "[" + App.activity("ada@example.com", "http-bad-1") + ","
                + App.activity("not-an-address", "http-bad-2") + ","
                + "{\"email\":\"ada@example.com\"},"
                + "{\"email\":\"ada@example.com\",\"value\":\"http-bad-4\",\"activityDate\":\"2025-01-01T10:00:00\"}]";
        List<Map<String, Object>> rejected = App.post(body).statusCode(400).body("accepted", equalTo(0))
                .body("rejected", hasSize(3)).extract().jsonPath().getList("rejected");
        assertThat(rejected).extracting(r -> r.get("record")).containsExactly(2, 3, 4);
        assertThat(rejected).extracting(r -> r.get("field")).containsExactly("email", "value", "activityDate");
        assertThat(rejected.get(2).get("reason").toString()).contains("offset");

        String ndjson = App.activity("ada@example.com", "http-bad-5") + "\n{oops\n" + App.activity("x", "http-bad-7");
        List<Map<String, Object>> lines = given().header("X-Api-Key", App.KEY).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/activities")
                .then().statusCode(400).extract().jsonPath().getList("rejected");
        assertThat(lines).extracting(r -> r.get("line")).containsExactly(2, 3);

        App.post(App.activity("ada@example.com", "http-good-after-bad")).statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("http-good-after-bad") == 1);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("http-bad-")).isEmpty();
    }

    @Test
    void boundsTheRequest() {
        // more records than pardot.ingress.max-records (1000)
        String many = "[" + (App.activity("ada@example.com", "http-big") + ",").repeat(1500) + "{}]";
        App.post(many).statusCode(413).body("error", containsString("1000"));
        // a body over pardot.ingress.max-body-size (256K in the test profile)
        App.post("[" + (App.activity("ada@example.com", "http-huge") + ",").repeat(6000) + "{}]").statusCode(413);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("http-big")).isEmpty();
        App.post("   ").statusCode(400);
        given().header("X-Api-Key", App.KEY).formParam("email", "ada@example.com").post("/activities").then().statusCode(415);
    }

    @Test
    void doesNotEchoTheKey() {
        String echoed = App.post(App.activity("ada@example.com", "http-echo")).statusCode(202).extract().header("X-Api-Key");
        assertThat(echoed).isNull();
    }
}
