package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import dev.camelpardot.emulator.EmulatorDefaults;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(5)
class OperationsTest {

    @Test
    void healthListsEachCheckOnceAndTheAccountEngagementCheckByName() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("context"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                // the component's check per business unit, under a name that says what it is
                .body("checks.find { it.name == 'pardot-account-engagement' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'pardot-account-engagement' }.data." + EmulatorDefaults.BUSINESS_UNIT_ID,
                        equalTo("UP"))
                .body("checks.find { it.name == 'pardot-jms-ingress' }.data.state", equalTo("on"))
                .body("checks.name", not(hasItem("camel-producers")));
        List<String> names = given().get("/q/health").then().statusCode(200).extract().jsonPath().getList("checks.name");
        assertThat(names).doesNotHaveDuplicates().contains("context", "pardot-delivery", "pardot-account-engagement",
                "pardot-jms-ingress", "camel-routes");
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
