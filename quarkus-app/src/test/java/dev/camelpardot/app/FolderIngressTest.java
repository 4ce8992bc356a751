package dev.camelpardot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(2)
class FolderIngressTest {

    @Test
    void ndjsonGoodLinesGoThroughAndBadOnesAreDeadLetteredWithTheirLine() throws Exception {
        drop("folder-a.ndjson", """
                {"email":"ada@example.com","value":"file-nd-1"}

                {"email":"nope","value":"file-nd-3"}
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
        assertThat(dead).anySatisfy(d -> assertThat(d.get("field")).isEqualTo("email"));
        assertThat(dead).anySatisfy(d -> assertThat(String.valueOf(d.get("reason"))).contains("invalid JSON"));
        await().atMost(Duration.ofSeconds(10)).until(() -> inDone("folder-a.ndjson"));
        assertThat(io.restassured.RestAssured.get("/q/metrics").asString())
                .containsPattern("pardot_activities_dead_lettered_total\\{[^}]*source=\"file\"[^}]*stage=\"ingress\"[^}]*} [1-9]");
    }

    @Test
    void csvWithAHeaderRow() throws Exception {
        drop("folder-b.csv", """
                email,value,type
                ada@example.com,file-csv-1,
                "grace@example.com","file-csv-2, with a comma",Event_Attended

                alan@example.com,file-csv-4,
                """ + "broken@example,file-csv-6,\n");

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("file-csv-") == 3);
        assertThat(EmulatorAdmin.activitiesWithValuePrefix("file-csv-2").get(0).get("type")).isEqualTo("Event_Attended");
        List<Map<String, Object>> dead = App.deadLetters("folder-b");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.get("line")).isEqualTo(6);
            assertThat(d.get("field")).isEqualTo("email");
        });
    }

    @Test
    void jsonArrayStreamedUntilItBreaks() throws Exception {
        drop("folder-c.json", """
                [
                  {"email":"ada@example.com","value":"file-json-1"},
                  {"email":"ada@example.com","value":"file-json-2","activityDate":"yesterday"},
                  {"email":"alan@example.com","value":"file-json-3"},
                  {"email": oops
                ]
                """);

        await().atMost(Duration.ofSeconds(30)).until(() -> EmulatorAdmin.distinctValuesWithPrefix("file-json-") == 2);
        List<Map<String, Object>> dead = App.deadLetters("folder-c");
        assertThat(dead).extracting(d -> d.get("line")).containsExactlyInAnyOrder(3, 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> inDone("folder-c.json"));
    }

    private static Path inbox() {
        return Path.of(ConfigProvider.getConfig().getValue("pardot.inbox", String.class));
    }

    /** Written next to the inbox and moved in, as a well-behaved sender would. */
    private static void drop(String name, String content) throws IOException {
        Files.createDirectories(inbox());
        Path staged = inbox().resolveSibling(name + ".part");
        Files.writeString(staged, content);
        Files.move(staged, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean inDone(String name) throws IOException {
        String prefix = name.substring(0, name.lastIndexOf('.'));
        Path done = inbox().resolve("done");
        if (!Files.isDirectory(done)) {
            return false;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix))
                    && Files.notExists(inbox().resolve(name));
        }
    }
}
