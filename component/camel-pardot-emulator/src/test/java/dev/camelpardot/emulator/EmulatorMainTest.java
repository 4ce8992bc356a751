package dev.camelpardot.emulator;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the standalone program in its own JVM, as a user would. */
class EmulatorMainTest {

    @Test
    void printsItsUrlAndCredentialsAndServes() throws Exception {
        Process process = java("--port", "0", "--setup", "Webinar:Registered,Attended", "--latency-ms", "1");
        try {
            List<String> banner = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("Stop with"); line = out.readLine()) {
                banner.add(line);
            }
            String text = String.join("\n", banner);
            assertThat(text).contains("emulator-client", "emulator-secret", "emulator-refresh-token", "integration@example.com",
                    "emulator-password", "0UvEMULATOR00000AA");
            Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(text);
            assertThat(url.find()).as(text).isTrue();

            TestHttp http = new TestHttp(url.group(1));
            String token = ApiClient.accessToken(http);
            TestHttp.Response created = http.send("POST", "/api/v5/external-activities", "application/json",
                    ApiClient.activity("Webinar", "Attended", "ann@example.com", "v"),
                    "Authorization", "Bearer " + token, "Pardot-Business-Unit-Id", EmulatorDefaults.BUSINESS_UNIT_ID);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void rejectsUnknownOptionsWithUsage() throws Exception {
        Process process = java("--colour", "red");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("unknown option: --colour").contains("Usage:");
    }

    private static Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmulatorMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
