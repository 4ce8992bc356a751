package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.ActivityNormalizer;
import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.DeliverySlots;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.camel.PardotConstants;
import dev.camelpardot.model.ExternalActivity;
import dev.camelpardot.model.ModelJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The way to Account Engagement. Every delivery slot (an exclusive queue, {@link Queues#delivery}) has one consumer
 * in this replica ({@link SlotConsumer}) that hands its events, one call at a time, to the delivery route here, which
 * sends them through {@code pardot:external-activity}: so a business unit never has more calls in flight than it has
 * slots, over every replica, probes of a pause included (see {@link DeliveryGate}). A message is acknowledged only
 * after the route delivered it, dead-lettered it with its reason, or put a copy back on its slot (a retry with its
 * attempt counted, or a paused unit); a crash at any point leaves it queued: at least once.
 * <p>
 * The intake route moves what JMS publishers (and replays) put on {@link Queues#ACTIVITIES} to a slot of its business
 * unit, in one local transaction, after the same checks as the other sources.
 * <p>
 * The routes start after the setup at start (see SetupRoutes): activities for types not yet created would fail.
 */
@ApplicationScoped
public class DeliveryRoutes extends RouteBuilder {

    public static final String ROUTE_GROUP = "delivery";
    public static final String INTAKE_ROUTE_ID = "intake";

    /** Where the slot consumers hand their events. */
    static final String DELIVER = "direct:pardot-deliver";
    /** The {@link SlotConsumer} an exchange came from. */
    static final String SLOT = "pardotSlot";

    /** The app owns retries of a delivery (DeliveryDecision): the component tries each call once. */
    static final String PARDOT_URI = "pardot:external-activity?maxRetries=0";

    static final String ORIGINAL_BODY = "pardotOriginalBody";
    static final String ATTEMPTS = "pardotAttempts";
    static final String STARTED = "pardotStarted";
    static final String DECISION = "pardotDecision";
    static final String PROBE = "pardotProbe";

    // lazyCreateTransactionManager=false: a plain locally transacted session (no Spring transaction manager), so the
    // move to the slot is sent in the consumer's own transaction
    private static final String INTAKE_CONSUMER = "?transacted=true&lazyCreateTransactionManager=false"
            + "&cacheLevelName=CACHE_CONSUMER&concurrentConsumers=2&maxConcurrentConsumers=2&disableReplyTo=true"
            + "&errorHandlerLoggingLevel=DEBUG&errorHandlerLogStackTrace=false";

    /**
     * Dead letters and retries are sent on the call's completion thread, outside the listener's session: without a
     * cache every such send would open a connection of its own (a TCP connect to an external broker).
     */
    private static final String SENDS = "pardot-delivery-jms";

    private final AppConfig.Delivery settings;
    private final ConnectionFactory connectionFactory;
    private final ActivityNormalizer normalizer;
    private final BusinessUnits units;
    private final DeliverySlots slots;
    private final DeliveryGates gates;
    private final DeliveryMetrics metrics;
    private final RetrySchedule retries;

    public DeliveryRoutes(AppConfig config, ConnectionFactory connectionFactory, ActivityNormalizer normalizer,
                          BusinessUnits units, DeliverySlots slots, DeliveryGates gates, DeliveryMetrics metrics) {
        this.settings = config.delivery();
        this.connectionFactory = connectionFactory;
        this.normalizer = normalizer;
        this.units = units;
        this.slots = slots;
        this.gates = gates;
        this.metrics = metrics;
        this.retries = new RetrySchedule(settings);
    }

    @Override
    public void configure() throws Exception {
        CachingConnectionFactory sends = new CachingConnectionFactory(connectionFactory);
        sends.setSessionCacheSize(units.all().size() * units.slots());
        // a component of its own: a second connection factory in the registry would stop camel-jms autowiring one
        getContext().addComponent(SENDS, JmsComponent.jmsComponent(sends));
        getContext().addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                sends.destroy();
            }
        }, true, true);
        intakeRoute();
        deliveryRoute();
    }

    private void intakeRoute() {
        from("jms:queue:" + Queues.ACTIVITIES + INTAKE_CONSUMER)
                .routeId(INTAKE_ROUTE_ID)
                .routeGroup(ROUTE_GROUP)
                .autoStartup(false)
                .errorHandler(noErrorHandler())
                .doTry()
                    .process(this::intake)
                    // the destination is the slot named in the CamelJmsDestinationName header
                    .to("jms:queue:" + Queues.ACTIVITIES + "?exchangePattern=InOnly")
                .doCatch(PardotValidationException.class)
                    .process(this::refusedAtIntake)
                    .to("jms:queue:" + Queues.DEAD_LETTERS + "?exchangePattern=InOnly")
                .end();
    }

    /** One event of a slot: delivered, dead-lettered with its reason, or a copy put back on its slot. */
    private void deliveryRoute() {
        from(DELIVER)
                .routeId("delivery")
                .errorHandler(noErrorHandler())
                .doTry()
                    .process(this::prepare)
                    .to(PARDOT_URI)
                    .process(this::delivered)
                .doCatch(Exception.class)
                    .process(this::decide)
                    .choice()
                        .when(exchange -> decision(exchange).outcome() == Outcome.DEAD_LETTER)
                            .process(this::labelDeadLetter)
                            .to(SENDS + ":queue:" + Queues.DEAD_LETTERS + "?exchangePattern=InOnly")
                        .otherwise()
                            .process(this::putBack)
                            // the destination is the slot, named in the CamelJmsDestinationName header
                            .to(SENDS + ":queue:" + Queues.ACTIVITIES + "?exchangePattern=InOnly")
                    .end()
                .end();
    }

    // ---- intake

    /** Checks a published (or replayed) event and addresses it to the next slot of its business unit. */
    private void intake(Exchange exchange) {
        Message in = exchange.getIn();
        String body = in.getBody(String.class);
        exchange.setProperty(ORIGINAL_BODY, body);
        Instant receivedAt = receivedAt(in);
        String source = in.getHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS, String.class);
        String namedUnit = in.getHeader(ActivityHeaders.BUSINESS_UNIT, String.class);
        // only the app's own properties go on: a publisher's headers must not steer the component
        in.removeHeaders("*", "Pardot*");
        JsonNode record = parse(body);
        ExternalActivity activity = normalizer.normalize(record, receivedAt);
        String unit = units.of(record, namedUnit);
        in.setBody(ModelJson.toCreateRequest(activity));
        in.setHeader(ActivityHeaders.SOURCE, source);
        in.setHeader(ActivityHeaders.RECEIVED_AT, receivedAt.toString());
        in.setHeader(ActivityHeaders.BUSINESS_UNIT, unit);
        in.setHeader(JmsConstants.JMS_DESTINATION_NAME, slots.next(unit));
    }

    private void refusedAtIntake(Exchange exchange) {
        PardotValidationException refused = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, PardotValidationException.class);
        Message message = exchange.getMessage();
        String source = message.getHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS, String.class);
        message.removeHeaders("*", "Pardot*");
        message.removeHeader(JmsConstants.JMS_DESTINATION_NAME);
        message.setBody(exchange.getProperty(ORIGINAL_BODY, String.class));
        message.setHeader(ActivityHeaders.SOURCE, source);
        message.setHeader(ActivityHeaders.DLQ_STAGE, "ingress");
        message.setHeader(ActivityHeaders.DLQ_REASON, refused.getMessage());
        message.setHeader(ActivityHeaders.DLQ_FIELD, refused.getField());
        message.setHeader(ActivityHeaders.DLQ_AT, Instant.now().toString());
        metrics.deadLettered(source, "ingress");
        log.warn("Event from {} refused ({}), moved to {}: GET /dlq has the reason", source, LogReasons.of(refused),
                Queues.DEAD_LETTERS);
    }

    // ---- delivery

    private void prepare(Exchange exchange) {
        Message in = exchange.getIn();
        String body = in.getBody(String.class);
        exchange.setProperty(ORIGINAL_BODY, body);
        exchange.setProperty(ATTEMPTS, in.getHeader(ActivityHeaders.ATTEMPTS, 0, Integer.class));
        // file and http are set by the app's own ingress; anything else was published to a slot directly
        String source = in.getHeader(ActivityHeaders.SOURCE, String.class);
        if (!ActivityHeaders.SOURCE_FILE.equals(source) && !ActivityHeaders.SOURCE_HTTP.equals(source)) {
            in.setHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS);
        }
        in.setBody(normalizer.normalize(parse(body), receivedAt(in)));
        in.setHeader(PardotConstants.BUSINESS_UNIT_ID, slot(exchange).gate().businessUnitId());
        exchange.setProperty(STARTED, System.nanoTime());
    }

    private void delivered(Exchange exchange) {
        SlotConsumer slot = slot(exchange);
        DeliveryGate gate = slot.gate();
        slot.takeover().finished();
        gate.answered();
        long started = exchange.getProperty(STARTED, Long.class);
        metrics.delivered(source(exchange), Duration.ofNanos(System.nanoTime() - started));
        if (log.isInfoEnabled()) {
            ExternalActivity activity = exchange.getMessage().getBody(ExternalActivity.class);
            // prospects' e-mail addresses are personal data: they stay out of the log
            log.info("Delivered {} record {} {}/{} to {}", source(exchange),
                    activity != null && activity.id() != null ? activity.id() : "",
                    activity != null ? activity.extension() : "?", activity != null ? activity.type() : "?",
                    gate.businessUnitId());
        }
    }

    private void decide(Exchange exchange) {
        SlotConsumer slot = slot(exchange);
        DeliveryGate gate = slot.gate();
        slot.takeover().finished();
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        DeliveryDecision decision = DeliveryDecision.of(failure, exchange.getProperty(ATTEMPTS, 0, Integer.class),
                exchange.getProperty(PROBE, false, Boolean.class), gate, settings.maxAttempts(), retries,
                gates.nextProbe(), gates.dailyResume());
        exchange.setProperty(DECISION, decision);
        String source = source(exchange);
        if (decision.kind() != null && decision.kind() != FailureKind.DAILY_LIMIT) {
            metrics.failed(source);
        }
        switch (decision.outcome()) {
            case RETRY -> {
                metrics.retried(source);
                log.warn("Delivery to {} failed ({} of at most {} attempts), tried again in {} ms: {}",
                        gate.businessUnitId(), decision.attempts(), settings.maxAttempts(),
                        decision.delay().toMillis(), LogReasons.of(failure));
            }
            case DEAD_LETTER -> {
                // a replay that fails again was counted when it was first dead-lettered
                if (exchange.getMessage().getHeader(ActivityHeaders.REPLAYS) == null) {
                    metrics.deadLettered(source, "delivery");
                }
                log.warn("Delivery to {} refused ({}), moved to {}: GET /dlq has the reason", gate.businessUnitId(),
                        LogReasons.of(failure), Queues.DEAD_LETTERS);
            }
            case REQUEUE -> log.debug("Delivery to {} paused, event put back: {}", gate.businessUnitId(),
                    failure.getMessage());
            default -> throw new IllegalStateException("unknown outcome " + decision.outcome());
        }
    }

    private void labelDeadLetter(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message message = restore(exchange);
        message.setHeader(ActivityHeaders.DLQ_STAGE, "delivery");
        message.setHeader(ActivityHeaders.DLQ_REASON, failure.getMessage());
        message.setHeader(ActivityHeaders.DLQ_DELIVERIES, decision(exchange).attempts());
        message.setHeader(ActivityHeaders.DLQ_EXCEPTION, failure.getClass().getName());
        message.setHeader(ActivityHeaders.DLQ_AT, Instant.now().toString());
        if (failure instanceof PardotValidationException invalid) {
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
     * A copy goes back on the slot and the received message is acknowledged, rather than a rollback: the app, not the
     * broker, counts the attempts, so a pause, a crash or a takeover never uses them up.
     */
    private void putBack(Exchange exchange) {
        DeliveryDecision decision = decision(exchange);
        Message message = restore(exchange);
        message.setHeader(JmsConstants.JMS_DESTINATION_NAME, slot(exchange).queue());
        message.setHeader(ActivityHeaders.ATTEMPTS, decision.attempts());
        if (!decision.delay().isZero()) {
            message.setHeader(SCHEDULED_DELIVERY, System.currentTimeMillis() + decision.delay().toMillis());
        }
    }

    /** Artemis's property for a message that must not be delivered before the given epoch millisecond. */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    /** The message as it was queued: its body and the app's own properties. */
    private static Message restore(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeaders("*", "Pardot*");
        message.setBody(exchange.getProperty(ORIGINAL_BODY, String.class));
        return message;
    }

    private static SlotConsumer slot(Exchange exchange) {
        return exchange.getProperty(SLOT, SlotConsumer.class);
    }

    private static DeliveryDecision decision(Exchange exchange) {
        return exchange.getProperty(DECISION, DeliveryDecision.class);
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

    private static String source(Exchange exchange) {
        return exchange.getMessage().getHeader(ActivityHeaders.SOURCE, ActivityHeaders.SOURCE_JMS, String.class);
    }
}
