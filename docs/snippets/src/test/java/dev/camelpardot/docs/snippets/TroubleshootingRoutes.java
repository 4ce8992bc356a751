package dev.camelpardot.docs.snippets;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** docs/troubleshooting.md: branching on the component's exceptions. */
class TroubleshootingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::on-exception[]
        onException(PardotDailyLimitException.class)
            .handled(false)                       // keep it: a transacted consumer rolls back and redelivers later
            .log(LoggingLevel.WARN, "Account Engagement daily limit reached: ${exception.message}");

        onException(PardotValidationException.class)
            .handled(true)
            .to("file:data/rejected");            // the data is wrong: retrying cannot help

        onException(PardotApiException.class)
            .onWhen(e -> !e.getProperty(Exchange.EXCEPTION_CAUGHT, PardotApiException.class).isRetryable())
            .handled(true)                        // permanent: park it with the reason
            .setHeader("reason", simple("${exception.message}"))
            .to("file:data/dead-letter");
        // retryable ones that outlived the component's retries stay unhandled: a transacted consumer rolls back
        // end::on-exception[]

        from("direct:deliver").to("pardot:external-activity?extension=Webinar_Service&type=Registered");
    }
}
