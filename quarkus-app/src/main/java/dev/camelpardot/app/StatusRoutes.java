package dev.camelpardot.app;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.EmbeddedBroker;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.app.delivery.DeliveryMetrics;
import dev.camelpardot.app.delivery.DeliveryPause;
import dev.camelpardot.app.http.HttpResponses;
import dev.camelpardot.app.pardot.DemoEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** {@code GET /status}: mode, queue depths and delivery counts since start, at a glance (no secrets, no key needed). */
@ApplicationScoped
public class StatusRoutes extends RouteBuilder {

    private final RunModeDecision mode;
    private final EmbeddedBroker broker;
    private final DeliveryMetrics metrics;
    private final DeliveryPause pause;
    private final DemoEmulator demo;
    private final HttpResponses responses;

    public StatusRoutes(RunModeDecision mode, EmbeddedBroker broker, DeliveryMetrics metrics, DeliveryPause pause,
                        DemoEmulator demo, HttpResponses responses) {
        this.mode = mode;
        this.broker = broker;
        this.metrics = metrics;
        this.pause = pause;
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
        status.put("mode", mode.mode().name().toLowerCase(java.util.Locale.ROOT));
        if (demo.isRunning()) {
            status.put("emulator", demo.baseUrl());
        }
        Instant pausedUntil = pause.pausedUntil();
        status.put("delivery", pausedUntil == null ? "running" : "paused (daily limit)");
        if (pausedUntil != null) {
            status.put("pausedUntil", pausedUntil.toString());
        }
        status.put("queued", broker.messageCount(Queues.ACTIVITIES));
        status.put("deadLetters", broker.messageCount(Queues.DEAD_LETTERS));
        ObjectNode sinceStart = status.putObject("sinceStart");
        sinceStart.put("delivered", metrics.total(DeliveryMetrics.DELIVERED));
        sinceStart.put("failedAttempts", metrics.total(DeliveryMetrics.FAILED));
        sinceStart.put("retried", metrics.total(DeliveryMetrics.RETRIED));
        sinceStart.put("deadLettered", metrics.total(DeliveryMetrics.DEAD_LETTERED));
        responses.json(exchange, 200, status);
    }
}
