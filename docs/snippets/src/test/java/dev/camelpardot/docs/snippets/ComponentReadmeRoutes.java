package dev.camelpardot.docs.snippets;

import java.util.Map;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.model.ExtensionSetup;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/** component/camel-pardot/README.md: its Java snippets, one route builder each. */
final class ComponentReadmeRoutes {

    private ComponentReadmeRoutes() {
    }

    static final class QuickStart extends RouteBuilder {
        @Override
        public void configure() {
            CamelContext context = getContext();
            // tag::quick-start[]
            // component options once (or camel.component.pardot.* properties, see below)
            PardotComponent pardot = context.getComponent("pardot", PardotComponent.class);
            PardotConfiguration cfg = pardot.getConfiguration();
            cfg.setClientId("3MVG9...");
            cfg.setClientSecret(System.getenv("PARDOT_CLIENT_SECRET"));
            cfg.setRefreshToken(System.getenv("PARDOT_REFRESH_TOKEN"));
            cfg.setBusinessUnitId("0Uv000000000001AAA");

            from("seda:events?concurrentConsumers=20")
                .setBody(e -> Map.of("email", e.getMessage().getHeader("email"), "value", "Attended webinar 42"))
                .to("pardot:external-activity?extension=Webinar_Service&type=Attended");
            // end::quick-start[]
        }
    }

    static final class StreamedQuery extends RouteBuilder {
        @Override
        public void configure() {
            // tag::stream-results[]
            from("timer:export?repeatCount=1")
                .to("pardot:external-activity?operation=query&limit=500&streamResults=true")
                .split(body()).streaming()
                    .to("direct:each-activity");
            // end::stream-results[]
        }
    }

    static final class OneStepSetup extends RouteBuilder {
        @Override
        public void configure() {
            // tag::one-step-setup[]
            from("timer:setup?repeatCount=1")
                .setBody(constant(ExtensionSetup.builder("Webinar_Service")
                        .label("Webinar Service")
                        .activityType("Registered", "Registered")
                        .activityType("Attended", "Attended")
                        .build()))
                .to("pardot:extension?operation=ensure")
                .log("${body.summary()}");   // "nothing changed" on every run after the first
            // end::one-step-setup[]
        }
    }

    static final class Activate extends RouteBuilder {
        @Override
        public void configure() {
            // tag::activate[]
            from("direct:activate").to("pardot:activity-type?operation=activate&extension=Webinar_Service&developerName=Attended");
            // end::activate[]
        }
    }

    static final class Exceptions extends RouteBuilder {
        @Override
        public void configure() {
            // tag::exceptions[]
            onException(PardotDailyLimitException.class).handled(true).to("seda:tomorrow");
            onException(PardotApiException.class).onWhen(simple("${exception.errorCode} == 184")).to("direct:alert-auth");
            // end::exceptions[]
            from("direct:deliver").to("pardot:external-activity?extension=Webinar_Service&type=Registered");
            from("direct:alert-auth").log("token problem: ${exception.message}");
        }
    }
}
