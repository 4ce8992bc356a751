package dev.camelpardot.app;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.DeliverySlots;
import dev.camelpardot.app.broker.EmbeddedBroker;
import dev.camelpardot.app.broker.JmsIngress;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.app.delivery.DeliveryGate;
import dev.camelpardot.app.delivery.DeliveryGates;
import dev.camelpardot.app.delivery.DeliveryMetrics;
import dev.camelpardot.app.http.HttpResponses;
import dev.camelpardot.app.pardot.DemoEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /status}: mode, queue depths, each business unit's delivery state and counts since start, at a glance
 * (no secrets, no key needed). Depths come from the broker (in-process or external); -1 when it cannot tell.
 */
@ApplicationScoped
public class StatusRoutes extends RouteBuilder {

    private final RunModeDecision mode;
    private final EmbeddedBroker broker;
    private final DeliverySlots slots;
    private final DeliveryGates gates;
    private final DeliveryMetrics metrics;
    private final DemoEmulator demo;
    private final HttpResponses responses;

    public StatusRoutes(RunModeDecision mode, EmbeddedBroker broker, DeliverySlots slots, DeliveryGates gates,
                        DeliveryMetrics metrics, DemoEmulator demo, HttpResponses responses) {
        this.mode = mode;
        this.broker = broker;
        this.slots = slots;
        this.gates = gates;
        this.metrics = metrics;
        this.demo = demo;
        this.responses = responses;
    }

    @Override
    public void configure() {
        from("platform-http:/status?httpMethodRestrict=GET")
                .routeId("status")
                .process(this::status);
    }

    private void status(Exchange exchange) {
        ObjectNode status = Json.MAPPER.createObjectNode();
        status.put("mode", mode.mode().name().toLowerCase(Locale.ROOT));
        if (demo.isRunning()) {
            status.put("emulator", demo.baseUrl());
        }
        status.put("broker", broker.isEmbedded() ? "in-process" : "external");
        JmsIngress jms = broker.jmsIngress();
        ObjectNode jmsIngress = status.putObject("jmsIngress").put("state", jms.state());
        if (jms.url() != null) {
            jmsIngress.put("url", jms.url());
        }
        if (jms.reason() != null) {
            jmsIngress.put("reason", jms.reason());
        }
        if (jms.credentials() != null) {
            // where the user and password are, never themselves
            jmsIngress.put("credentials", jms.credentials());
        }
        boolean paused = gates.all().stream().anyMatch(DeliveryGate::isPaused);
        status.put("delivery", paused ? "paused" : "running");
        long intake = broker.messageCount(Queues.ACTIVITIES);
        long queued = intake;
        ObjectNode units = status.putObject("businessUnits");
        for (DeliveryGate gate : gates.all()) {
            ObjectNode unit = units.putObject(gate.businessUnitId());
            DeliveryGate.Pause pause = gate.pause();
            unit.put("delivery", pause == null ? "running" : "paused");
            if (pause != null) {
                unit.put("cause", pause.cause().name().toLowerCase(Locale.ROOT));
                unit.put("reason", pause.reason());
                unit.put("since", pause.since().toString());
                unit.put(pause.cause() == DeliveryGate.Cause.OUTAGE ? "nextProbe" : "resumesAt", pause.until().toString());
            }
            unit.put("consecutiveFailures", gate.consecutiveFailures());
            long depth = depth(gate.businessUnitId());
            unit.put("queued", depth);
            queued = queued < 0 || depth < 0 ? -1 : queued + depth;
        }
        status.put("queued", queued);
        status.put("intake", intake);
        status.put("deadLetters", broker.messageCount(Queues.DEAD_LETTERS));
        ObjectNode sinceStart = status.putObject("sinceStart");
        sinceStart.put("delivered", metrics.total(DeliveryMetrics.DELIVERED));
        sinceStart.put("failedAttempts", metrics.total(DeliveryMetrics.FAILED));
        sinceStart.put("retried", metrics.total(DeliveryMetrics.RETRIED));
        sinceStart.put("deadLettered", metrics.total(DeliveryMetrics.DEAD_LETTERED));
        responses.json(exchange, 200, status);
    }

    /** Events waiting in the unit's slots, or -1 when the broker cannot tell. */
    private long depth(String businessUnitId) {
        long total = 0;
        for (String queue : slots.queues(businessUnitId)) {
            long count = broker.messageCount(queue);
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }
}
