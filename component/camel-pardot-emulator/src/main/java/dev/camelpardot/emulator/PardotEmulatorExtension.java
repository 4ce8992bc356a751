package dev.camelpardot.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link PardotEmulator} for a test class on a free port:
 * <pre>{@code
 * @RegisterExtension
 * static PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();
 * }</pre>
 * Starts before all tests, {@link PardotEmulator#reset() resets} before each (data, traffic, refresh-token
 * rotation and the fault injection go back to how the emulator started, e.g. to the latency given to this
 * extension's constructor; credentials, limits and issued access tokens are kept), stops after all. Nested test
 * classes share their outer class's emulator.
 */
public final class PardotEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final EmulatorConfig config;
    private PardotEmulator emulator;
    private String startedBy;

    public PardotEmulatorExtension() {
        this(EmulatorConfig.defaults());
    }

    /** With a configuration of its own (port 0 is best: several test classes may run at once). */
    public PardotEmulatorExtension(EmulatorConfig config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (emulator == null) {
            emulator = PardotEmulator.start(config);
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            throw new IllegalStateException("the emulator is not running: register PardotEmulatorExtension on a"
                    + " static field (@RegisterExtension static PardotEmulatorExtension ...)");
        }
        emulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null && context.getUniqueId().equals(startedBy)) {
            emulator.close();
            emulator = null;
            startedBy = null;
        }
    }

    public PardotEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only between beforeAll and afterAll of the test class");
        }
        return emulator;
    }

    public String baseUrl() {
        return emulator().baseUrl();
    }

    public EmulatorState state() {
        return emulator().state();
    }

    /** The live configuration; available before the emulator starts too (e.g. in a static initializer). */
    public EmulatorConfig config() {
        return config;
    }
}
