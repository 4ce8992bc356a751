package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.ActivityNormalizer;
import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsMessage;

/**
 * The one way to Account Engagement: {@code pardot.activities} → {@code pardot:external-activity}, in a local
 * JMS transaction. The message is acknowledged only once it is delivered, dead-lettered with its reason, or
 * (daily limit) put back on the queue; on a transient failure the transaction rolls back and the broker
 * redelivers it after its redelivery delay. A crash at any point leaves the message queued: at least once.
 * <p>
 * The route starts after the setup at start (see SetupRoutes): activities for types not yet created would fail.
 */
@ApplicationScoped
public class DeliveryRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "delivery";

    static final String ORIGINAL_BODY = "pardotOriginalBody";
    static final String DELIVERY_COUNT = "pardotDeliveryCount";
    static final String STARTED = "pardotStarted";
    static final String OUTCOME = "pardotOutcome";

    private final AppConfig config;
    private final ActivityNormalizer normalizer;
    private final DeliveryMetrics metrics;
    private final DeliveryPause pause;
    private final FailureClassifier classifier;

    public DeliveryRoutes(AppConfig config, ActivityNormalizer normalizer, DeliveryMetrics metrics, DeliveryPause pause) {
        this.config = config;
        this.normalizer = normalizer;
        this.metrics = metrics;
        this.pause = pause;
        this.classifier = new FailureClassifier(config.delivery().maxAttempts());
    }

    @Override
    public void configure() {
        int consumers = config.delivery().consumers();
        // lazyCreateTransactionManager=false: a plain locally transacted session (no Spring transaction manager),
        // so consumers are cached and commit/rollback follow the route's outcome.
        fromF("jms:queue:%s?transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers=%d&maxConcurrentConsumers=%d&disableReplyTo=true"
                + "&errorHandlerLoggingLevel=DEBUG&errorHandlerLogStackTrace=false",
                Queues.ACTIVITIES, consumers, consumers)
                .routeId(ROUTE_ID)
                .autoStartup(false)
                .errorHandler(noErrorHandler())
                .doTry()
                    .process(this::prepare)
                    .to("pardot:external-activity")
                    .process(this::delivered)
                .doCatch(Exception.class)
                    .process(this::classify)
                    .choice()
                        .when(exchangeProperty(OUTCOME).isEqualTo(Outcome.DEAD_LETTER))
                            .process(this::labelDeadLetter)
                            .toF("jms:queue:%s?exchangePattern=InOnly", Queues.DEAD_LETTERS)
                        .when(exchangeProperty(OUTCOME).isEqualTo(Outcome.DAILY_LIMIT))
                            .process(this::restoreForRequeue)
                            .toF("jms:queue:%s?exchangePattern=InOnly", Queues.ACTIVITIES)
                            .process(this::pauseDelivery)
                        .otherwise()
                            .process(this::rollback)
                    .end()
                .end();
    }

    /** Reads the queued JSON into an activity; a message that cannot be one fails here and is dead-lettered. */
    private void prepare(Exchange exchange) throws JMSException {
        Message in = exchange.getIn();
        String body = in.getBody(String.class);
        exchange.setProperty(ORIGINAL_BODY, body);
        exchange.setProperty(DELIVERY_COUNT, deliveryCount(exchange));
        // file and http are set by the app's own ingress; anything else was published to the queue directly
        String source = in.getHeader(ActivityHeaders.SOURCE, String.class);
        if (!ActivityHeaders.SOURCE_FILE.equals(source) && !ActivityHeaders.SOURCE_HTTP.equals(source)) {
            in.setHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS);
        }
        // Only the app's own properties go on: a publisher's headers must not steer the component.
        in.removeHeaders("*", "Pardot*");
        exchange.setProperty(STARTED, System.nanoTime());
        in.setBody(normalizer.normalize(parse(body), receivedAt(in)));
    }

    private void delivered(Exchange exchange) {
        long started = exchange.getProperty(STARTED, Long.class);
        metrics.delivered(source(exchange), Duration.ofNanos(System.nanoTime() - started));
        if (log.isInfoEnabled()) {
            ExternalActivity activity = exchange.getMessage().getBody(ExternalActivity.class);
            // prospects' e-mail addresses are personal data: they stay out of the log
            log.info("Delivered {} record {} {}/{}", source(exchange),
                    activity != null && activity.id() != null ? activity.id() : "",
                    activity != null ? activity.extension() : "?", activity != null ? activity.type() : "?");
        }
    }

    private void classify(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int deliveries = exchange.getProperty(DELIVERY_COUNT, 1, Integer.class);
        Outcome outcome = classifier.classify(failure, deliveries);
        exchange.setProperty(OUTCOME, outcome);
        String source = source(exchange);
        if (outcome != Outcome.DAILY_LIMIT) {
            metrics.failed(source);
        }
        if (outcome == Outcome.RETRY) {
            metrics.retried(source);
            log.warn("Delivery failed (delivery {} of at most {}), will retry: {}", deliveries,
                    config.delivery().maxAttempts(), failure.getMessage());
        } else if (outcome == Outcome.DEAD_LETTER) {
            metrics.deadLettered(source, "delivery");
            log.warn("Delivery refused, moved to {}: {}", Queues.DEAD_LETTERS, failure.getMessage());
        }
    }

    private void labelDeadLetter(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*", "Pardot*");
        message.setBody(exchange.getProperty(ORIGINAL_BODY, String.class));
        message.setHeader(ActivityHeaders.DLQ_STAGE, "delivery");
        message.setHeader(ActivityHeaders.DLQ_REASON, failure.getMessage());
        message.setHeader(ActivityHeaders.DLQ_EXCEPTION, failure.getClass().getSimpleName());
        message.setHeader(ActivityHeaders.DLQ_DELIVERIES, exchange.getProperty(DELIVERY_COUNT, Integer.class));
        message.setHeader(ActivityHeaders.DLQ_AT, Instant.now().toString());
        if (failure instanceof PardotValidationException invalid && invalid.getField() != null) {
            message.setHeader(ActivityHeaders.DLQ_FIELD, invalid.getField());
        }
        if (failure instanceof PardotApiException api) {
            message.setHeader(ActivityHeaders.DLQ_HTTP_STATUS, api.getHttpStatus());
            message.setHeader(ActivityHeaders.DLQ_ATTEMPTS, api.getAttempts());
            if (api.getErrorCode() != null) {
                message.setHeader(ActivityHeaders.DLQ_ERROR_CODE, String.valueOf(api.getErrorCode()));
            } else if (api.getSalesforceErrorCode() != null) {
                message.setHeader(ActivityHeaders.DLQ_ERROR_CODE, api.getSalesforceErrorCode());
            }
        }
    }

    /**
     * A copy goes back on the queue and the original is acknowledged, rather than a rollback: a rollback would
     * count as a delivery attempt, and a day-long pause must not use up a message's attempts.
     */
    private void restoreForRequeue(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeaders("*", "Pardot*");
        message.setBody(exchange.getProperty(ORIGINAL_BODY, String.class));
    }

    private void pauseDelivery(Exchange exchange) {
        pause.pauseForDailyLimit(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
    }

    /** Fails the exchange again so that the JMS transaction rolls back and the broker redelivers later. */
    private void rollback(Exchange exchange) {
        exchange.setException(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new PardotValidationException("body", "the message is empty: send a JSON object with email and value");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PardotValidationException("body", "the message is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Instant receivedAt(Message in) {
        String text = in.getHeader(ActivityHeaders.RECEIVED_AT, String.class);
        try {
            return text != null ? Instant.parse(text) : Instant.now();
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    private static int deliveryCount(Exchange exchange) throws JMSException {
        JmsMessage jms = exchange.getIn(JmsMessage.class);
        if (jms != null && jms.getJmsMessage() != null && jms.getJmsMessage().propertyExists("JMSXDeliveryCount")) {
            return jms.getJmsMessage().getIntProperty("JMSXDeliveryCount");
        }
        return 1;
    }

    private static String source(Exchange exchange) {
        return exchange.getMessage().getHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS, String.class);
    }
}
