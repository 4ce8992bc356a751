package dev.camelpardot.app.setup;

import jakarta.enterprise.context.ApplicationScoped;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.StartupBanner;
import dev.camelpardot.app.delivery.DeliveryRoutes;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.RouteBuilder;

/**
 * Setup as code: once Camel has started, the extension and activity types of {@code pardot.setup.*} are ensured
 * through the component's {@code ensure} (created or updated, and the extension assigned to the business unit),
 * and only then does delivery start. A failure here fails the start, naming what went wrong.
 */
@ApplicationScoped
public class SetupRoutes extends RouteBuilder {

    static final String ENSURE = "direct:pardot-setup";

    private final AppConfig config;
    private final StartupBanner banner;

    public SetupRoutes(AppConfig config, StartupBanner banner) {
        this.config = config;
        this.banner = banner;
    }

    @Override
    public void configure() throws Exception {
        from(ENSURE)
                .routeId("setup")
                .to("pardot:extension?operation=ensure");

        getContext().addStartupListener(new StartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
                ensureSetup(context);
                context.getRouteController().startRoute(DeliveryRoutes.ROUTE_ID);
                banner.print();
            }
        });
    }

    private void ensureSetup(CamelContext context) {
        if (!config.setup().enabled()) {
            log.info("Setup at start is off (pardot.setup.enabled=false)");
            return;
        }
        SetupReport report = context.createProducerTemplate().requestBody(ENSURE, desiredSetup(), SetupReport.class);
        log.info("Setup ensured for extension {}: {}", config.setup().extension(),
                report == null ? "done" : report.summary());
    }

    ExtensionSetup desiredSetup() {
        ExtensionSetup.Builder setup = ExtensionSetup.builder(config.setup().extension())
                .label(config.setup().extensionLabel());
        for (ActivityTypeSpec type : ActivityTypeSpec.parseAll(config.setup().activityTypes())) {
            setup.activityType(new ActivityTypeSetup(type.developerName(), type.label(), null, type.active()));
        }
        return setup.build();
    }
}
