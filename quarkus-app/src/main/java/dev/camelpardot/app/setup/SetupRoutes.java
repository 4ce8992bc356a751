package dev.camelpardot.app.setup;

import jakarta.enterprise.context.ApplicationScoped;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.StartupBanner;
import dev.camelpardot.app.delivery.BusinessUnits;
import dev.camelpardot.app.delivery.DeliveryRoutes;
import dev.camelpardot.app.delivery.DeliverySlotConsumers;
import dev.camelpardot.camel.PardotConstants;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.RouteBuilder;

/**
 * Setup as code: once Camel has started, the extension and activity types of {@code pardot.setup.*} are ensured
 * through the component's {@code ensure} (created or updated, and the extension assigned to the default business
 * unit), the extension is assigned to every other business unit of {@code pardot.business-units}, and only then does
 * delivery start. A failure here fails the start, naming what went wrong. Every replica runs it: the second run
 * changes nothing.
 */
@ApplicationScoped
public class SetupRoutes extends RouteBuilder {

    static final String ENSURE = "direct:pardot-setup";
    static final String ASSIGN = "direct:pardot-setup-assign";

    private final AppConfig config;
    private final BusinessUnits units;
    private final DeliverySlotConsumers slots;
    private final StartupBanner banner;

    public SetupRoutes(AppConfig config, BusinessUnits units, DeliverySlotConsumers slots, StartupBanner banner) {
        this.config = config;
        this.units = units;
        this.slots = slots;
        this.banner = banner;
    }

    @Override
    public void configure() throws Exception {
        from(ENSURE)
                .routeId("setup")
                .to("pardot:extension?operation=ensure");
        from(ASSIGN)
                .routeId("setup-assign")
                .toF("pardot:extension?operation=assign&developerName=%s", config.setup().extension());

        getContext().addStartupListener(new StartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
                ensureSetup(context);
                for (Route route : context.getRoutes()) {
                    if (DeliveryRoutes.ROUTE_GROUP.equals(route.getGroup())) {
                        context.getRouteController().startRoute(route.getRouteId());
                    }
                }
                slots.start();
                banner.print();
            }
        });
    }

    private void ensureSetup(CamelContext context) {
        if (!config.setup().enabled()) {
            log.info("Setup at start is off (pardot.setup.enabled=false)");
            return;
        }
        ProducerTemplate template = context.createProducerTemplate();
        SetupReport report = template.requestBody(ENSURE, desiredSetup(), SetupReport.class);
        log.info("Setup ensured for extension {}: {}", config.setup().extension(),
                report == null ? "done" : report.summary());
        for (String unit : units.all().subList(1, units.all().size())) {
            SetupReport assigned = template.requestBodyAndHeader(ASSIGN, null, PardotConstants.BUSINESS_UNIT_ID, unit,
                    SetupReport.class);
            log.info("Setup ensured for business unit {}: {}", unit, assigned == null ? "done" : assigned.summary());
        }
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
