package dev.camelpardot.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.app.cluster.Ports;
import dev.camelpardot.app.cluster.Wait;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Start-up as a person meets it, with the packaged app: a port in use stops the start with one line naming the setting
 * (HTTP), or leaves one WARN line and says so in /status and readiness (JMS acceptor; the demo emulator moves to a free
 * port). A missing production setting is named without a stack trace.
 */
class StartupIT {

    private static final String STACK_TRACE = "(?m)^\\s+at [\\w$.<>]+\\(|^Caused by: ";

    private final List<Process> started = new ArrayList<>();
    private final List<ServerSocket> taken = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        for (ServerSocket socket : taken) {
            socket.close();
        }
    }

    @Test
    void aTakenHttpPortStopsTheStartWithOneLineNamingTheSetting() throws Exception {
        int http = take();
        Path log = log("startup-http-port");
        Process app = start(log, http, Ports.free(), Map.of());

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        String output = Files.readString(log);
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("Port " + http + " on 127.0.0.1 is in use by another process: stop it, or set"
                + " quarkus.http.port (QUARKUS_HTTP_PORT) to a free port");
        // nothing started that the port would have served: no setup, no delivery, no banner inviting requests
        assertThat(output).doesNotContain("Setup ensured", "Started pardot-delivery", "POST http://")
                .doesNotContainPattern(STACK_TRACE);
    }

    @Test
    void takenJmsAndEmulatorPortsLeaveOneWarnLineEachAndStatusSaysJmsIngressIsOff() throws Exception {
        int http = Ports.free();
        int jms = take();
        int emulator = take();
        Path log = log("startup-jms-port");
        start(log, http, jms, Map.of("pardot.demo.emulator-port", String.valueOf(emulator)));
        String app = "http://127.0.0.1:" + http;
        Wait.until(Duration.ofSeconds(60), () -> ready(app), "the app to be ready");

        JsonPath status = given().baseUri(app).get("/status").then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("jmsIngress.state")).isEqualTo("off");
        assertThat(status.getString("jmsIngress.reason")).contains(String.valueOf(jms)).contains("pardot.broker.port");
        assertThat(status.getString("emulator")).doesNotEndWith(":" + emulator);
        JsonPath ready = given().baseUri(app).get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'pardot-jms-ingress' }.data.state")).isEqualTo("off");

        String output = Files.readString(log);
        assertThat(output.lines().filter(l -> l.contains(" WARN ") && l.contains("pardot.broker.port"))).hasSize(1);
        assertThat(output.lines().filter(l -> l.contains(" WARN ") && l.contains("pardot.demo.emulator-port"))).hasSize(1);
        assertThat(output).doesNotContain("JMS publishers connect to").doesNotContainPattern(STACK_TRACE);
    }

    @Test
    void aMissingProductionSettingIsNamedWithoutAStackTrace() throws Exception {
        Path log = log("startup-production");
        Process app = start(log, Ports.free(), Ports.free(), Map.of("camel.component.pardot.client-id", "a-client"));

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
        String output = Files.readString(log);
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("Production mode (camel.component.pardot.client-id is set) cannot start")
                .contains("camel.component.pardot.business-unit-id (CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID) is required")
                .contains("pardot.ingress.api-keys (PARDOT_INGRESS_API_KEYS) is required")
                .doesNotContain("a-client").doesNotContainPattern(STACK_TRACE);
    }

    /** The packaged app in its own working directory, settings as -D options, no inherited Pardot variables. */
    private Process start(Path log, int http, int jms, Map<String, String> settings) throws IOException {
        Path jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));
        Path work = Files.createTempDirectory(Path.of(System.getProperty("app.target", "target")), "startup-test-");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + http, "-Dpardot.broker.port=" + jms));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        if (!settings.containsKey("pardot.demo.emulator-port")) {
            command.add("-Dpardot.demo.emulator-port=0");
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAMEL_COMPONENT_PARDOT_") || name.startsWith("PARDOT_"));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** A port held by another "process" (a socket this test keeps open) for the test's length. */
    private int take() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        taken.add(socket);
        return socket.getLocalPort();
    }

    private static Path log(String name) {
        return Path.of(System.getProperty("app.target", "target")).resolve(name + ".log");
    }

    private static boolean ready(String app) {
        try {
            return given().baseUri(app).get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }
}
