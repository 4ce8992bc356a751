package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Every refusal of the HTTP API is JSON with a reason; keys count only in headers. */
@QuarkusTest
@Order(1)
class HttpRefusalsTest {

    @TestHTTPResource("/activities")
    URI activities;

    @Test
    void aKeyInTheQueryStringIsRefusedEvenAlongsideAValidHeader() {
        given().contentType(ContentType.JSON).queryParam("X-Api-Key", App.KEY).body(App.activity("ada@example.com", "query-key-1"))
                .post("/activities").then().statusCode(401).contentType(ContentType.JSON)
                .body("error", containsString("in the URL")).body("error", containsString("X-Api-Key header"));
        App.post(App.activity("ada@example.com", "query-key-2")).statusCode(202);
        given().header("X-Api-Key", App.KEY).queryParam("api_key", "anything").contentType(ContentType.JSON)
                .body(App.activity("ada@example.com", "query-key-3")).post("/activities").then().statusCode(401);
        given().queryParam("X-Api-Key", App.KEY).get("/dlq").then().statusCode(401).body("error", containsString("in the URL"));
        given().queryParam("key", App.KEY).post("/dlq/replay").then().statusCode(401);
        // a key as the value of any parameter counts too
        given().header("X-Api-Key", App.KEY).queryParam("limit", App.KEY).get("/dlq").then().statusCode(401);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("query-key-1")).isEmpty();
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("query-key-3")).isEmpty();
    }

    @Test
    void aBearerTokenIsTheOtherWayToPresentTheKey() {
        given().header("Authorization", "Bearer " + App.KEY).contentType(ContentType.JSON)
                .body(App.activity("ada@example.com", "bearer-1")).post("/activities").then().statusCode(202);
        given().header("Authorization", "Bearer nope").get("/dlq").then().statusCode(401)
                .body("error", containsString("unknown API key"));
        given().get("/dlq").then().statusCode(401).contentType(ContentType.JSON).body("error", containsString("missing X-Api-Key"));
    }

    @Test
    void aTwentyMegabyteBodyGetsAJson413() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(activities)
                .header("X-Api-Key", App.KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(reason(response)).contains("pardot.ingress.max-body-size");
    }

    @Test
    void aChunkedBodyOverTheLimitGetsAJson413Too() throws Exception {
        byte[] body = ("[" + (App.activity("ada@example.com", "chunked-huge") + ",").repeat(6000) + "{}]")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(activities)
                .header("X-Api-Key", App.KEY).header("Content-Type", "application/json")
                // an InputStream of unknown length goes out chunked, with no Content-Length to check up front
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reason(response)).contains("pardot.ingress.max-body-size");
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("chunked-huge")).isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAreRefusedInJson() {
        given().get("/nowhere").then().statusCode(404).contentType(ContentType.JSON).body("error", containsString("/nowhere"));
        given().header("X-Api-Key", App.KEY).get("/activities").then().statusCode(405).contentType(ContentType.JSON)
                .body("error", startsWith("GET is not accepted"));
    }

    @Test
    void reasonsSayWhatToPutInTheJsonRecordNotWhichCamelHeaderToSet() {
        App.post("[{\"value\":\"no-email\"},{\"email\":\"ada@example.com\",\"value\":\"  \"}]").statusCode(400)
                .body("rejected[0].field", equalTo("email"))
                .body("rejected[0].reason", allOf(containsString("add \"email\""), not(containsString("CamelPardot"))))
                .body("rejected[1].field", equalTo("value"))
                .body("rejected[1].reason", allOf(containsString("add \"value\""), not(containsString("header"))));
    }

    private static String reason(HttpResponse<String> response) throws Exception {
        JsonNode json = new ObjectMapper().readTree(response.body());
        return json.path("error").asText();
    }
}
