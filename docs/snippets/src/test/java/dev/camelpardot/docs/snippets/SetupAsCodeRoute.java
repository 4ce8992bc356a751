package dev.camelpardot.docs.snippets;

import dev.camelpardot.model.ExtensionSetup;
import org.apache.camel.builder.RouteBuilder;

/** docs/setup-as-code.md: the setup in Java. */
class SetupAsCodeRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::setup[]
        from("timer:setup?repeatCount=1")
            .setBody(constant(ExtensionSetup.builder("Webinar_Service")
                    .label("Webinar Service")
                    .activityType("Registered", "Registered for a webinar")
                    .activityType("Attended", "Attended a webinar")
                    .build()))
            .to("pardot:extension?operation=ensure")
            .log("Account Engagement setup: ${body.summary()}");   // "nothing changed" on the second run
        // end::setup[]
    }
}
