package dev.camelpardot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelpardot.app.cluster.Ports;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the emulator and configures the app for it in production mode (credentials set), so the tests take the
 * same path as a real deployment. Data directories are fresh temporary ones. Tests reach the emulator through its
 * admin HTTP API (see {@link EmulatorAdmin}).
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    /** A second business unit the emulator knows; {@link MultiUnitProfile} lets the app deliver to it. */
    static final String EMEA = "0UvEMEA0000000001A";

    private PardotEmulator emulator;
    private Path data;

    @Override
    public Map<String, String> start() {
        emulator = PardotEmulator.start();
        emulator.state().addBusinessUnit(EMEA, "EMEA");
        data = tempDir();
        Map<String, String> config = new HashMap<>();
        config.put("camel.component.pardot.login-url", emulator.baseUrl());
        config.put("camel.component.pardot.pardot-url", emulator.baseUrl());
        config.put("camel.component.pardot.client-id", EmulatorDefaults.CLIENT_ID);
        config.put("camel.component.pardot.client-secret", EmulatorDefaults.CLIENT_SECRET);
        config.put("camel.component.pardot.refresh-token", EmulatorDefaults.REFRESH_TOKEN);
        config.put("camel.component.pardot.business-unit-id", EmulatorDefaults.BUSINESS_UNIT_ID);
        config.put("camel.component.pardot.request-timeout", "5000");
        config.put("pardot.inbox", data.resolve("inbox").toString());
        config.put("pardot.broker.data-dir", data.resolve("broker").toString());
        config.put("pardot.broker.port", String.valueOf(Ports.free()));
        return config;
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("camel-pardot-app-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
