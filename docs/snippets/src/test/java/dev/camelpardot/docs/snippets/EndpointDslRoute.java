package dev.camelpardot.docs.snippets;

// tag::endpoint-dsl[]
import static dev.camelpardot.dsl.Pardot.pardot;
// end::endpoint-dsl[]

import org.apache.camel.builder.RouteBuilder;

/** docs/README.md: the typed endpoint options. */
class EndpointDslRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::endpoint-dsl[]
        from("direct:signups")
            .to(pardot("external-activity").extension("Webinar_Service").type("Registered"));
        // end::endpoint-dsl[]
    }
}
