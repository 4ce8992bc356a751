package dev.camelpardot.examples.quickstart;

import java.util.List;
import java.util.Map;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** The root README's quickstart, verbatim between the tag lines (DocSnippetsTest compares them). */
public class QuickstartRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::quickstart[]
        // pom.xml: dev.camelpardot:camel-pardot:0.1.0-SNAPSHOT, camel-main, camel-file, camel-timer, slf4j-simple
        // application.properties:
        //   camel.component.pardot.client-id={{env:PARDOT_CLIENT_ID}}
        //   camel.component.pardot.client-secret={{env:PARDOT_CLIENT_SECRET}}
        //   camel.component.pardot.refresh-token={{env:PARDOT_REFRESH_TOKEN}}
        //   camel.component.pardot.business-unit-id={{env:PARDOT_BUSINESS_UNIT_ID}}

        // a line that fails is logged and appended, as it was, to data/failed/<file>; the rest of the file goes on
        onException(Exception.class).handled(true).useOriginalMessage()
            .log(LoggingLevel.WARN, "Not delivered: ${exception.message}")
            .to("file:data/failed?fileExist=Append&appendChars=\\n");

        from("file:data/inbox?include=.*\\.ndjson")
            .split(body().tokenize("\n")).streaming()
                .filter(body().isNotEqualTo(""))    // blank lines
                .to("pardot:external-activity?extension=Webinar_Service&type=Registered");
        // end::quickstart[]

        // tag::setup[]
        from("timer:setup?repeatCount=1")
            .setBody(constant(Map.of("developerName", "Webinar_Service", "label", "Webinar Service",
                    "activityTypes", List.of(Map.of("developerName", "Registered", "label", "Registered")))))
            // activate and assign only when asked: here, the extension and its type, assigned to the business unit
            .to("pardot:extension?operation=ensure&active=true&assign=true")
            .log("${body}");
        // end::setup[]
    }
}
