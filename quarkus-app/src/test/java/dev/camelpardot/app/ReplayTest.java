package dev.camelpardot.app;

import static dev.camelpardot.app.Inbox.drop;
import static dev.camelpardot.app.Inbox.inDone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.activity.RecordFormat;
import dev.camelpardot.app.activity.RecordProblem;
import dev.camelpardot.app.broker.ActivityQueue;
import dev.camelpardot.app.broker.QueueBatch;
import dev.camelpardot.app.broker.Queues;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A dead letter refused at ingress keeps the record as written with its format (a CSV row with its file's header line
 * and separator); a replay reads it again that way. One the intake would refuse again stays, with the reason in the
 * answer, and is not counted as dead-lettered a second time.
 */
@QuarkusTest
@Order(3)
class ReplayTest {

    @Inject
    ActivityQueue queue;

    @Test
    void refusedRowsOfFilesAreReadAgainInTheirFormatAndStayWithTheirReason() throws Exception {
        drop("replay-a.csv", """
                Email ; Value ; Type
                ;replay-csv-no-email;
                grace@example.com;"replay-csv-ok; quoted";Event_Attended
                """);
        drop("replay-b.ndjson", """
                {"email":"ada@example.com","value":"replay-nd-ok"}
                {"email":"ada@example.com"}
                """);
        await().atMost(Duration.ofSeconds(30)).until(() -> inDone("replay-a.csv") && inDone("replay-b.ndjson"));
        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("replay-") == 2);

        Map<String, Object> csv = App.deadLetters("replay-a.csv").get(0);
        assertThat(csv).containsEntry("body", ";replay-csv-no-email;").containsEntry("format", "csv")
                .containsEntry("csvHeader", "Email ; Value ; Type").containsEntry("csvSeparator", ";")
                .containsEntry("line", 2).containsEntry("field", "email");
        // in the words of the file's author: a file has columns, not Camel headers
        assertThat(String.valueOf(csv.get("reason"))).contains("fill in the email column").doesNotContain("CamelPardot");
        Map<String, Object> ndjson = App.deadLetters("replay-b.ndjson").get(0);
        assertThat(ndjson).containsEntry("format", "ndjson").containsEntry("field", "value");
        assertThat(String.valueOf(ndjson.get("reason"))).contains("add \"value\"").doesNotContain("CamelPardot");

        long counted = deadLetteredSinceStart();
        double metric = deadLetteredMetric();
        JsonPath answer = replay("origin", "replay-a.csv");
        assertThat(answer.getInt("replayed")).isZero();
        assertThat(answer.getInt("refused")).isEqualTo(1);
        assertThat(answer.getString("refusals[0].id")).isEqualTo(csv.get("id"));
        assertThat(answer.getString("refusals[0].reason")).isEqualTo(csv.get("reason"));
        assertThat(replay("id", String.valueOf(ndjson.get("id"))).getString("refusals[0].reason"))
                .isEqualTo(ndjson.get("reason"));

        // still there, as they were, and not counted again
        assertThat(App.deadLetters("replay-a.csv")).singleElement().satisfies(d -> assertThat(d.get("id")).isEqualTo(csv.get("id")));
        assertThat(App.deadLetters("replay-b.ndjson")).singleElement().satisfies(d -> assertThat(d.get("id")).isEqualTo(ndjson.get("id")));
        assertThat(deadLetteredSinceStart()).isEqualTo(counted);
        assertThat(deadLetteredMetric()).isEqualTo(metric);
    }

    @Test
    void aCsvRowIsReplayedUnderItsHeaderWithItsSeparator() {
        // rows refused by an earlier rule, as the file ingress stores them: the row as written, its header and separator
        Provenance file = new Provenance(ActivityHeaders.SOURCE_FILE, "replay-c.csv", 0, Instant.now());
        try (QueueBatch batch = queue.openBatch()) {
            batch.reject(new RecordProblem(7, "value", "an earlier rule", "\"Replay-csv-7; quoted\"\talan@example.com\tEvent_Attended"),
                    RecordFormat.csv(" Value\tEMAIL\ttype", '\t'), file);
            batch.reject(new RecordProblem(8, "value", "an earlier rule", "{\"email\":\"ada@example.com\", \"value\":\"Replay-nd-8\"}\t"),
                    RecordFormat.NDJSON, file.atLine(8));
            batch.commit();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> App.deadLetters("replay-c.csv").size() == 2);

        JsonPath answer = replay("origin", "replay-c.csv");
        assertThat(answer.getInt("replayed")).isEqualTo(2);
        assertThat(answer.getInt("refused")).isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("Replay-") == 2);
        Map<String, Object> row = EmulatorAdmin.activitiesWithValuePrefix("Replay-csv-7").get(0);
        assertThat(row).containsEntry("value", "Replay-csv-7; quoted").containsEntry("type", "Event_Attended");
        assertThat(App.deadLetters("replay-c.csv")).isEmpty();
    }

    @Test
    void aPublishedMessageTheIntakeRefusedIsNotSentBackToBeRefusedAndCountedAgain() {
        publish("replay-not-json {");
        await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("replay-not-json").size() == 1);
        Map<String, Object> dead = App.deadLetters("replay-not-json").get(0);
        long counted = deadLetteredSinceStart();

        JsonPath answer = replay("id", String.valueOf(dead.get("id")));
        assertThat(answer.getInt("replayed")).isZero();
        assertThat(answer.getString("refusals[0].reason")).contains("invalid JSON");
        assertThat(App.deadLetters("replay-not-json")).singleElement()
                .satisfies(d -> assertThat(d.get("id")).isEqualTo(dead.get("id")));
        assertThat(deadLetteredSinceStart()).isEqualTo(counted);
    }

    @Test
    void aLetterRefusedAtDeliveryGoesBackAndReturnsMarkedAsAReplayWhenTheCauseRemains() {
        EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "REJECT"));
        try {
            App.post(App.activity("replay-stranger@example.com", "replay-again-1")).statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("replay-again-1").size() == 1);
            Map<String, Object> dead = App.deadLetters("replay-again-1").get(0);
            assertThat(dead).containsEntry("stage", "delivery").doesNotContainKey("replays");

            assertThat(replay("id", String.valueOf(dead.get("id"))).getInt("replayed")).isEqualTo(1);

            // delivered again, refused again: back with a new id, and the mark that tells it from a first failure
            await().atMost(Duration.ofSeconds(30)).until(() -> App.deadLetters("replay-again-1").stream()
                    .anyMatch(d -> !d.get("id").equals(dead.get("id"))));
            assertThat(App.deadLetters("replay-again-1")).singleElement().satisfies(d -> {
                assertThat(d).containsEntry("stage", "delivery").containsEntry("replays", 1)
                        .containsEntry("source", "http");
                assertThat(d.get("errorCode")).isEqualTo("4");
            });
        } finally {
            EmulatorAdmin.configure(Map.of("unknownEmailPolicy", "ACCEPT"));
        }
    }

    @Test
    void anUnknownIdIsANotFound() {
        given().header("X-Api-Key", App.KEY).queryParam("id", "ID:no-such-letter").post("/dlq/replay")
                .then().statusCode(404).body("error", org.hamcrest.Matchers.containsString("GET /dlq"));
    }

    private static JsonPath replay(String parameter, String value) {
        return given().header("X-Api-Key", App.KEY).queryParam(parameter, value).post("/dlq/replay")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long deadLetteredSinceStart() {
        return given().get("/status").then().statusCode(200).extract().jsonPath().getLong("sinceStart.deadLettered");
    }

    /** The sum of pardot_activities_dead_lettered_total over all its series. */
    private static double deadLetteredMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher series = Pattern.compile("(?m)^pardot_activities_dead_lettered_total\\{[^}]*} (\\S+)$").matcher(metrics);
        double sum = 0;
        while (series.find()) {
            sum += Double.parseDouble(series.group(1));
        }
        return sum;
    }

    private static void publish(String body) {
        JmsPublisher.publish(Queues.ACTIVITIES, body, Map.of());
    }
}
