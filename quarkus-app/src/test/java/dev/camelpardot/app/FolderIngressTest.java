package dev.camelpardot.app;

import static dev.camelpardot.app.Inbox.drop;
import static dev.camelpardot.app.Inbox.inDone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(2)
class FolderIngressTest {

    @Test
    void ndjsonGoodLinesGoThroughAndBadOnesAreDeadLetteredAsWritten() throws Exception {
        drop("folder-a.ndjson", """
                {"email":"ada@example.com","value":"file-nd-1"}

                {"email":"nope",  "value":"file-nd-3"}\t
                {broken json
                {"email":"grace@example.com","value":"file-nd-5","type":"Event_Attended"}
                """);

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("file-nd-") == 2);
        List<Map<String, Object>> dead = App.deadLetters("folder-a");
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(d -> d.get("line")).containsExactlyInAnyOrder(3, 4);
        assertThat(dead).allSatisfy(d -> {
            assertThat(d.get("source")).isEqualTo("file");
            assertThat(d.get("stage")).isEqualTo("ingress");
            assertThat(String.valueOf(d.get("origin"))).isEqualTo("folder-a.ndjson");
        });
        // the lines exactly as written, spacing and trailing tab included
        assertThat(dead).extracting(d -> d.get("body"))
                .containsExactlyInAnyOrder("{\"email\":\"nope\",  \"value\":\"file-nd-3\"}\t", "{broken json");
        assertThat(dead).anySatisfy(d -> assertThat(d.get("field")).isEqualTo("email"));
        assertThat(dead).anySatisfy(d -> assertThat(String.valueOf(d.get("reason"))).contains("invalid JSON"));
        await().atMost(Duration.ofSeconds(10)).until(() -> inDone("folder-a.ndjson"));
        assertThat(io.restassured.RestAssured.get("/q/metrics").asString())
                .containsPattern("pardot_activities_dead_lettered_total\\{[^}]*source=\"file\"[^}]*stage=\"ingress\"[^}]*} [1-9]");
    }

    @Test
    void csvWithAHeaderRowAndRefusedRowsKeptAsWritten() throws Exception {
        drop("folder-b.csv", """
                email,value,type
                ada@example.com,file-csv-1,
                "grace@example.com","file-csv-2, with a comma",Event_Attended

                alan@example.com,file-csv-4,
                """ + "\"broken@example\", \"file-csv-6, \"\"quoted\"\"\" ,\r\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("file-csv-") == 3);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("file-csv-2").get(0).get("type")).isEqualTo("Event_Attended");
        List<Map<String, Object>> dead = App.deadLetters("folder-b");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.get("line")).isEqualTo(6);
            assertThat(d.get("field")).isEqualTo("email");
            assertThat(d.get("body")).isEqualTo("\"broken@example\", \"file-csv-6, \"\"quoted\"\"\" ,");
        });
    }

    @Test
    void jsonArrayElementsRefusedAreKeptAsWritten() throws Exception {
        drop("folder-c.json", """
                [
                  {"email":"ada@example.com","value":"file-json-1"},
                  { "email" : "ada@example.com",
                    "value":"file-json-2", "activityDate":"yesterday" },
                  {"email":"alan@example.com","value":"file-json-3"}
                ]
                """);

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("file-json-") == 2);
        List<Map<String, Object>> dead = App.deadLetters("folder-c");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.get("line")).isEqualTo(3);
            assertThat(d.get("field")).isEqualTo("activityDate");
            assertThat(d.get("body")).isEqualTo("""
                    { "email" : "ada@example.com",
                        "value":"file-json-2", "activityDate":"yesterday" }""");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> inDone("folder-c.json"));
    }
}
