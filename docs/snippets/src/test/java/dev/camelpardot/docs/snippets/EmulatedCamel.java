package dev.camelpardot.docs.snippets;

import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.emulator.EmulatorDefaults;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * A plain Camel context for running snippets against the emulator. Snippets that configure the component
 * themselves only get its hosts pointed at the emulator ({@link #hostsOnly}); the others get the emulator's
 * default credentials too.
 */
final class EmulatedCamel implements AutoCloseable {

    final DefaultCamelContext context = new DefaultCamelContext();
    private final PardotEmulatorExtension emulator;
    private ProducerTemplate template;

    private EmulatedCamel(PardotEmulatorExtension emulator) {
        this.emulator = emulator;
    }

    static EmulatedCamel withDefaults(PardotEmulatorExtension emulator) {
        EmulatedCamel camel = new EmulatedCamel(emulator);
        PardotConfiguration cfg = camel.pardot();
        cfg.setClientId(EmulatorDefaults.CLIENT_ID);
        cfg.setClientSecret(EmulatorDefaults.CLIENT_SECRET);
        cfg.setRefreshToken(EmulatorDefaults.REFRESH_TOKEN);
        cfg.setBusinessUnitId(EmulatorDefaults.BUSINESS_UNIT_ID);
        return camel;
    }

    static EmulatedCamel hostsOnly(PardotEmulatorExtension emulator) {
        return new EmulatedCamel(emulator);
    }

    EmulatedCamel routes(RoutesBuilder routes) throws Exception {
        context.addRoutes(routes);
        return this;
    }

    /** Loads YAML DSL routes from the test class path. */
    EmulatedCamel yaml(String resource) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:" + resource));
        return this;
    }

    /** Points the component at the emulator (after the snippet configured it) and starts Camel. */
    EmulatedCamel start() {
        PardotConfiguration cfg = pardot();
        cfg.setLoginUrl(emulator.baseUrl());
        cfg.setPardotUrl(emulator.baseUrl());
        context.start();
        template = context.createProducerTemplate();
        return this;
    }

    PardotConfiguration pardot() {
        return context.getComponent("pardot", PardotComponent.class).getConfiguration();
    }

    ProducerTemplate template() {
        return template;
    }

    @Override
    public void close() {
        context.stop();
    }
}
