package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(5)
class OperationsTest {

    @Test
    void healthIncludesTheComponentsReadiness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                // the component's readiness check is a producer check
                .body("checks.find { it.name == 'camel-producers' }.status", equalTo("UP"));
    }

    @Test
    void metricsAndStatus() {
        App.post(App.activity("ada@example.com", "ops-1")).statusCode(202);
        org.awaitility.Awaitility.await().until(() -> EmulatorAdmin.distinctValuesWithPrefix("ops-1") == 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pardot_activities_delivered_total{source=\"http\""))
                .body(containsString("pardot_delivery_latency_seconds_count{source=\"http\""));
        given().get("/status").then().statusCode(200)
                .body("mode", equalTo("production"))
                .body("delivery", equalTo("running"))
                .body("sinceStart.delivered", notNullValue())
                .body("queued", notNullValue());
    }
}
