package dev.camelpardot.app;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Decides once whether this run is a demo (in-process emulator) or production. Every OAuth flow needs a
 * client id, so its absence is what "no Salesforce credentials" means.
 */
@Singleton
public class RunModeDecision {

    public static final String CLIENT_ID = "camel.component.pardot.client-id";

    private final RunMode mode;

    @Inject
    public RunModeDecision(AppConfig config) {
        this(config.mode(), ConfigProvider.getConfig());
    }

    RunModeDecision(RunMode configured, Config config) {
        if (configured != RunMode.AUTO) {
            mode = configured;
        } else {
            boolean credentials = config.getOptionalValue(CLIENT_ID, String.class).filter(s -> !s.isBlank()).isPresent();
            mode = credentials ? RunMode.PRODUCTION : RunMode.DEMO;
        }
    }

    public RunMode mode() {
        return mode;
    }

    public boolean isDemo() {
        return mode == RunMode.DEMO;
    }
}
