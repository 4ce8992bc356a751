package dev.camelpardot.app.pardot;

import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.RunModeDecision;
import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.PardotEmulator;
import dev.camelpardot.emulator.UnknownEmailPolicy;
import org.jboss.logging.Logger;

/**
 * In demo mode, the Account Engagement emulator runs inside the app with a few sample prospects; the extension
 * and activity types are then created through its Tooling API by the same setup as in production. Like Account
 * Engagement, it refuses an activity for an e-mail no prospect has (error 4), so the demo shows that path too:
 * such an event is dead-lettered with the reason.
 */
@Singleton
public class DemoEmulator {

    private static final Logger LOG = Logger.getLogger(DemoEmulator.class);

    private final PardotEmulator emulator;
    private final List<String> prospects;

    public DemoEmulator(AppConfig config, RunModeDecision mode) {
        prospects = config.demo().prospects().stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (!mode.isDemo()) {
            emulator = null;
            return;
        }
        emulator = start(config.demo().emulatorPort());
        emulator.state().addProspects(prospects.toArray(String[]::new));
        config.businessUnits().orElse(List.of())
                .forEach(id -> emulator.state().addBusinessUnit(id.strip(), "Demo business unit " + id.strip()));
        LOG.infof("Demo mode: Account Engagement emulator at %s", emulator.baseUrl());
    }

    /** On the configured port, or on any free one when that is taken (the banner and /status show which). */
    private static PardotEmulator start(int port) {
        try {
            return PardotEmulator.start(demoConfig().port(port));
        } catch (UncheckedIOException portTaken) {
            if (port == 0) {
                throw portTaken;
            }
            LOG.warnf("Port %d is taken (pardot.demo.emulator-port), the demo emulator uses a free port instead", port);
            return PardotEmulator.start(demoConfig().port(0));
        }
    }

    private static EmulatorConfig demoConfig() {
        return EmulatorConfig.defaults().unknownEmailPolicy(UnknownEmailPolicy.REJECT);
    }

    /** The e-mails seeded as prospects (pardot.demo.prospects); others are refused with error 4. */
    public List<String> prospects() {
        return prospects;
    }

    public boolean isRunning() {
        return emulator != null;
    }

    /** The emulator's base URL, or null outside demo mode. */
    public String baseUrl() {
        return emulator == null ? null : emulator.baseUrl();
    }

    @PreDestroy
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
