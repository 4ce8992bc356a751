package dev.camelpardot.app.pardot;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import dev.camelpardot.app.RunModeDecision;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;

/**
 * The {@code pardot} component. In production Camel then applies the {@code camel.component.pardot.*}
 * settings to it as usual (after {@link ProductionSettings} checked them); in demo mode it is pointed at the
 * in-process emulator.
 */
public class PardotComponentProducer {

    @Produces
    @Singleton
    @Named("pardot")
    PardotComponent pardotComponent(RunModeDecision mode, DemoEmulator demo, ProductionSettings production) {
        PardotComponent component = new PardotComponent();
        if (mode.isDemo()) {
            PardotConfiguration configuration = component.getConfiguration();
            configuration.setLoginUrl(demo.baseUrl());
            configuration.setPardotUrl(demo.baseUrl());
            configuration.setClientId(EmulatorDefaults.CLIENT_ID);
            configuration.setClientSecret(EmulatorDefaults.CLIENT_SECRET);
            configuration.setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
            configuration.setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
        } else {
            production.check();
        }
        return component;
    }
}
