package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;


import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.emulator.EmulatorDefaults;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Other systems publish to the broker's remote acceptor, as a separate client would, with the user and password the
 * app generated beside the journal (see {@link BrokerAccessTest} for the refusals).
 */
@QuarkusTest
@Order(3)
class JmsIngressTest {

    @Test
    void deliversWhatRemoteClientsPublish() {
        publish(App.activity("ada@example.com", "jms-ok-1"), null);
        publish("{\"email\":\"grace@example.com\",\"value\":\"jms-ok-2\",\"type\":\"Event_Attended\"}", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("jms-ok-") == 2);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("pardot_activities_delivered_total\\{[^}]*source=\"jms\"[^}]*} [1-9]");
        assertThat(metrics).contains("pardot_delivery_latency_seconds_count{source=\"jms\"");
    }

    @Test
    void deadLettersWhatCanNeverBeDeliveredWithTheReason() {
        publish("jms-not-json {", null);
        publish(App.activity("ada@example.com", "jms-unknown-type-1").replace("}", ",\"type\":\"Jms_Unknown\"}"), "orders-system");

        await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("jms-").size() == 2);
        List<Map<String, Object>> dead = App.deadLetters("jms-");
        assertThat(dead).allSatisfy(d -> assertThat(d.get("source")).isEqualTo("jms"));
        // not JSON: refused by the intake, before any call
        Map<String, Object> notJson = dead.stream().filter(d -> "jms-not-json {".equals(d.get("body"))).findFirst()
                .orElseThrow();
        assertThat(notJson.get("stage")).isEqualTo("ingress");
        assertThat(notJson.get("field")).isEqualTo("body");
        assertThat(String.valueOf(notJson.get("reason"))).contains("not JSON");
        // refused by Account Engagement
        Map<String, Object> refused = dead.stream().filter(d -> String.valueOf(d.get("body")).contains("Jms_Unknown"))
                .findFirst().orElseThrow();
        assertThat(refused.get("stage")).isEqualTo("delivery");
        assertThat(refused.get("deliveries")).isEqualTo(1);
        // the dead-lettered message itself was acknowledged: nothing is left on the slots
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) App.status().get("queued")).longValue() == 0);
        assertThat(refused.get("httpStatus")).isEqualTo(400);
        assertThat(refused.get("errorCode")).isNotNull();
        assertThat(refused.get("origin")).isEqualTo("orders-system");
        assertThat(String.valueOf(refused.get("reason"))).isNotBlank();

    }

    @Test
    void replaysDeadLettersOnceTheCauseIsFixed() {
        EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "REJECT"));
        try {
            publish(App.activity("newcomer@example.com", "jms-replay-1"), null);
            await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("jms-replay-1").size() == 1);
            Map<String, Object> dead = App.deadLetters("jms-replay-1").get(0);
            assertThat(dead.get("errorCode")).isEqualTo("4");

            // the fix: the prospect now exists; the dead letter goes back and is delivered
            given().baseUri(EmulatorAdmin.baseUrl()).contentType(ContentType.JSON)
                    .body(List.of("newcomer@example.com")).post("/emulator/prospects").then().statusCode(200);
            given().header("X-Api-Key", App.KEY).queryParam("id", dead.get("id")).post("/dlq/replay")
                    .then().statusCode(200).body("replayed", org.hamcrest.Matchers.equalTo(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("jms-replay-1") == 1);
            assertThat(App.deadLetters("jms-replay-1")).isEmpty();
        } finally {
            EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "ACCEPT"));
        }
    }

    @Test
    void aMessageTheBrokerItselfDeadLetteredIsListedWithAReason() {
        sendTo(Queues.DEAD_LETTERS, App.activity("ada@example.com", "backstop-moved"),
                Map.of("_AMQ_ORIG_QUEUE", Queues.delivery(EmulatorDefaults.BUSINESS_UNIT_ID, 2)));

        await().atMost(Duration.ofSeconds(10)).until(() -> App.deadLetters("backstop-moved").size() == 1);
        Map<String, Object> dead = App.deadLetters("backstop-moved").get(0);
        assertThat(dead.get("stage")).isEqualTo("broker");
        assertThat(String.valueOf(dead.get("reason"))).contains("deliveries without an outcome")
                .contains(Queues.delivery(EmulatorDefaults.BUSINESS_UNIT_ID, 2));
    }

    private static void publish(String body, String origin) {
        sendTo(Queues.ACTIVITIES, body, origin == null ? Map.of() : Map.of("PardotOrigin", origin));
    }

    private static void sendTo(String queue, String body, Map<String, String> properties) {
        JmsPublisher.publish(queue, body, properties);
    }
}
