package dev.camelpardot.examples.jmsartemis;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotDailyLimitException;
import dev.camelpardot.api.PardotValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Takes each message of the {@code activities} queue to Account Engagement inside a JMS transaction: the message
 * leaves the queue only when it was delivered or moved to the dead-letter queue.
 * <ul>
 * <li>a failure that no retry can fix (bad data, an unknown type, a rejected e-mail) goes to the dead-letter queue
 *     at once, with the reason in its headers;</li>
 * <li>anything transient (the component's own retries used up, an outage, the daily limit) rolls the transaction
 *     back: the broker redelivers the message later, and after {@code activities.max-delivery-attempts} moves it
 *     to the same dead-letter queue.</li>
 * </ul>
 */
public class JmsToAccountEngagementRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        // useOriginalMessage: the dead letter is the message as it arrived, ready to be replayed
        onException(PardotValidationException.class)
                .handled(true)
                .useOriginalMessage()
                .process(JmsToAccountEngagementRoute::recordReason)
                .to("jms:queue:{{activities.dead-letter-queue}}");

        onException(PardotApiException.class)
                .onWhen(exchange -> isPermanent(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, PardotApiException.class)))
                .handled(true)
                .useOriginalMessage()
                .process(JmsToAccountEngagementRoute::recordReason)
                .to("jms:queue:{{activities.dead-letter-queue}}");

        from("jms:queue:{{activities.queue}}?transacted=true&concurrentConsumers={{activities.consumers}}")
                .routeId("jms-to-account-engagement")
                .to("pardot:external-activity?extension={{activities.extension}}&type={{activities.type}}")
                .log("Delivered ${header.JMSMessageID}");
        // end::route[]
    }

    private static boolean isPermanent(PardotApiException failure) {
        return failure != null && !failure.isRetryable() && !(failure instanceof PardotDailyLimitException);
    }

    /** Keeps why the message was dead-lettered next to it, as JMS properties. */
    static void recordReason(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.getMessage().setHeader("PardotFailure", failure.getClass().getSimpleName());
        exchange.getMessage().setHeader("PardotFailureMessage", failure.getMessage());
        if (failure instanceof PardotValidationException invalid) {
            exchange.getMessage().setHeader("PardotFailureField", invalid.getField());
        }
        if (failure instanceof PardotApiException api) {
            exchange.getMessage().setHeader("PardotHttpStatus", api.getHttpStatus());
            if (api.getErrorCode() != null) {
                exchange.getMessage().setHeader("PardotErrorCode", api.getErrorCode());
            }
            exchange.getMessage().setHeader("PardotAttempts", api.getAttempts());
        }
    }
}
