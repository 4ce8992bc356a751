package dev.camelpardot.app.delivery;

import java.util.concurrent.CompletableFuture;

import dev.camelpardot.camel.PardotConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * One call that tells whether Account Engagement answers for a business unit again: a one-record query, not retried,
 * under the same cap as the deliveries. Costs one call of the daily allocation; it never sends an event.
 */
final class AvailabilityProbe {

    private static final String PROBE_URI = "pardot:external-activity?operation=query&limit=1&fields=id&maxRetries=0";

    private final ProducerTemplate template;

    AvailabilityProbe(ProducerTemplate template) {
        this.template = template;
    }

    /** Completes with null when the API answered, else with the failure (never exceptionally). */
    CompletableFuture<Exception> check(String businessUnitId) {
        return template.asyncSend(PROBE_URI, exchange -> {
            exchange.getMessage().setHeader(PardotConstants.BUSINESS_UNIT_ID, businessUnitId);
        }).handle((exchange, error) -> error instanceof Exception e ? e : exchange.getException());
    }
}
