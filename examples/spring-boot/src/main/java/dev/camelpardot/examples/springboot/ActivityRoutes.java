package dev.camelpardot.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The one route: whatever the application records goes to Account Engagement. */
@Component
public class ActivityRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:record-activity")
                .routeId("record-activity")
                .to("pardot:external-activity?extension={{activities.extension}}&type={{activities.type}}");
    }
}
