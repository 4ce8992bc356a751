package dev.camelpardot.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What plain camel-main 4.17 does with environment variables, as docs/authentication.md tells camel-main users. Each
 * case runs a real camel-main application in a child JVM with a real process environment.
 * <ul>
 * <li>{@code CAMEL_COMPONENT_PARDOT_*} variables are ignored, in every spelling: camel-main 4.17 gathers them with
 * the prefix {@code camel.component.} against upper-case variable names, so none is found (its debug log says
 * "Gathered 0 ENV variables to configure components").</li>
 * <li>What works: {@code {{env:NAME}}} placeholders in the properties, and JVM system properties
 * ({@code -Dcamel.component.pardot.client-id=...}).</li>
 * <li>The dotted form {@code camel.component.pardot.client.id} (what a MicroProfile Config source lists for
 * {@code CAMEL_COMPONENT_PARDOT_CLIENT_ID}, e.g. under Quarkus) does not bind.</li>
 * </ul>
 * Should a later Camel apply the variables, the first test fails: update the docs then.
 */
class CamelMainEnvironmentVariablesTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void componentVariablesAreIgnoredByCamelMain() throws Exception {
        String output = runCamelMain(List.of(), Map.of(
                        "CAMEL_COMPONENT_PARDOT_CLIENT_ID", "id-from-variable",
                        "CAMEL_COMPONENT_PARDOT_BUSINESSUNITID", "0UvFROMVARIABLE0AA",
                        "CAMEL_COMPONENT_PARDOT_MAX_CONCURRENT_REQUESTS", "3"),
                "camel.component.pardot.client-id=id-from-properties",
                "camel.component.pardot.client-secret=secret", "camel.component.pardot.refresh-token=refresh",
                "camel.component.pardot.business-unit-id=" + EmulatorDefaults.BUSINESS_UNIT_ID,
                "camel.component.pardot.lazy-login=true");

        assertThat(output).contains("clientId=id-from-properties", "businessUnitId=" + EmulatorDefaults.BUSINESS_UNIT_ID,
                "maxConcurrentRequests=5");
    }

    @Test
    void envPlaceholdersAndSystemPropertiesConfigureTheComponent() throws Exception {
        String output = runCamelMain(List.of("-Dcamel.component.pardot.max-concurrent-requests=3"), Map.of(
                        "PARDOT_CLIENT_ID", EmulatorDefaults.CLIENT_ID,
                        "PARDOT_CLIENT_SECRET", EmulatorDefaults.CLIENT_SECRET,
                        "PARDOT_REFRESH_TOKEN", EmulatorDefaults.REFRESH_TOKEN),
                "camel.component.pardot.login-url=" + EMULATOR.baseUrl(),
                "camel.component.pardot.pardot-url=" + EMULATOR.baseUrl(),
                "camel.component.pardot.client-id={{env:PARDOT_CLIENT_ID}}",
                "camel.component.pardot.client-secret={{env:PARDOT_CLIENT_SECRET}}",
                "camel.component.pardot.refresh-token={{env:PARDOT_REFRESH_TOKEN}}",
                "camel.component.pardot.business-unit-id={{env:PARDOT_BUSINESS_UNIT_ID:" + EmulatorDefaults.BUSINESS_UNIT_ID
                + "}}");

        assertThat(output).contains("clientId=" + EmulatorDefaults.CLIENT_ID, "clientSecretSet=true",
                "businessUnitId=" + EmulatorDefaults.BUSINESS_UNIT_ID, "maxConcurrentRequests=3");
        assertThat(EMULATOR.state().tokenRequests("refresh_token")).as("logged in at start with the variables' values")
                .isEqualTo(1);
    }

    @Test
    void theDottedFormOfAVariableDoesNotBind() {
        Main main = new Main();
        main.addInitialProperty("camel.component.pardot.client.id", EmulatorDefaults.CLIENT_ID);
        try {
            assertThatThrownBy(main::start).hasStackTraceContaining("Cannot find getter method: client");
        } finally {
            main.stop();
        }
    }

    /**
     * Runs {@link EnvironmentVariablesMain} in a child JVM with these JVM options, only these {@code CAMEL_}/
     * {@code PARDOT_} variables and these {@code name=value} properties; returns its output, failing when it did not
     * start.
     */
    private static String runCamelMain(List<String> jvmOptions, Map<String, String> variables, String... properties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EnvironmentVariablesMain.class.getName()));
        command.addAll(List.of(properties));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CAMEL_") || name.startsWith("PARDOT_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("camel-main in a child JVM did not start; its output:%n%s", output).isZero();
        return output;
    }
}
