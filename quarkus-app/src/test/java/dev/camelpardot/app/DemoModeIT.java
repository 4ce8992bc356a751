package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged app as a new user starts it: no credentials, so demo mode with the emulator inside. The README's
 * sample file goes through, and an e-mail no seeded prospect has is refused by the emulator with error 4 and
 * dead-lettered with the reason; the banner names the known e-mails and how to add one.
 */
class DemoModeIT {

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void seededProspectsMatterAndTheBannerSaysSo() throws Exception {
        Path target = Path.of(System.getProperty("app.target", "target"));
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory(target, "demo-test-");
        Path log = target.resolve("demo-test.log");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + port, "-Dpardot.broker.port=-1", "-Dpardot.demo.emulator-port=0",
                "-jar", jar.toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAMEL_COMPONENT_PARDOT_") || name.startsWith("PARDOT_"));
        app = builder.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> !app.isAlive() || Files.readString(log).contains("Known prospects"));
        String banner = Files.readString(log);
        assertThat(banner).contains("Known prospects:             ada@example.com, grace@example.com, alan@example.com")
                .contains("/emulator/prospects");
        Matcher emulatorUrl = Pattern.compile("Account Engagement emulator: (http://\\S+)").matcher(banner);
        assertThat(emulatorUrl.find()).isTrue();
        String emulator = emulatorUrl.group(1);
        String app = "http://127.0.0.1:" + port;

        // the README's step 1: the sample file (one line invalid, one for an unknown prospect)
        Files.createDirectories(work.resolve("data/inbox"));
        Files.copy(Path.of("samples/activities.ndjson"), work.resolve("data/inbox/activities.ndjson.part"));
        Files.move(work.resolve("data/inbox/activities.ndjson.part"), work.resolve("data/inbox/activities.ndjson"),
                StandardCopyOption.ATOMIC_MOVE);

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(app).size() == 2);
        List<Map<String, Object>> dead = deadLetters(app);
        assertThat(dead).anySatisfy(d -> {
            assertThat(d.get("stage")).isEqualTo("delivery");
            assertThat(String.valueOf(d.get("errorCode"))).isEqualTo("4");
            assertThat(String.valueOf(d.get("body"))).contains("new.visitor@example.org");
            assertThat(String.valueOf(d.get("reason"))).isNotBlank();
        });
        assertThat(dead).anySatisfy(d -> assertThat(d.get("stage")).isEqualTo("ingress"));
        List<Map<String, Object>> delivered = given().baseUri(emulator).get("/emulator/activities").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(delivered).hasSize(5);

        // the banner's way to add a prospect: afterwards that e-mail is accepted
        given().baseUri(emulator).contentType(ContentType.JSON).body("[\"new.visitor@example.org\"]")
                .post("/emulator/prospects").then().statusCode(200);
        given().baseUri(app).header("X-Api-Key", "demo-key").contentType(ContentType.JSON)
                .body("{\"email\":\"new.visitor@example.org\",\"value\":\"now a prospect\"}").post("/activities")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(emulator).get("/emulator/activities")
                .then().extract().jsonPath().getList("value").contains("now a prospect"));
        assertThat(Files.readString(log)).doesNotContainPattern("(?m)^\\s+at [\\w$.<>]+\\(");

        // a stop (SIGTERM) with nothing in flight: every slot consumer ends, none is waited for until the timeout
        this.app.destroy();
        assertThat(this.app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).contains("camel-pardot-quarkus-app stopped in").doesNotContain("had not ended");
    }

    private static List<Map<String, Object>> deadLetters(String app) {
        return given().baseUri(app).header("X-Api-Key", "demo-key").get("/dlq").then().statusCode(200)
                .extract().jsonPath().getList("deadLetters");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
