package dev.camelpardot.app.deadletter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.EmbeddedBroker;
import dev.camelpardot.app.broker.Queues;
import dev.camelpardot.app.http.HttpResponses;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /dlq?limit=N} lists dead letters with their reasons; {@code POST /dlq/replay[?id=..|?origin=..][&limit=N]}
 * puts them back for delivery once the cause is fixed (at most {@value #MAX_LIMIT} per request). Both need an API key.
 */
@ApplicationScoped
public class DeadLetterRoutes extends RouteBuilder {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 10_000;

    private final DeadLetters deadLetters;
    private final EmbeddedBroker broker;
    private final HttpResponses responses;

    public DeadLetterRoutes(DeadLetters deadLetters, EmbeddedBroker broker, HttpResponses responses) {
        this.deadLetters = deadLetters;
        this.broker = broker;
        this.responses = responses;
    }

    @Override
    public void configure() {
        from("platform-http:/dlq?httpMethodRestrict=GET")
                .routeId("dlq-list")
                .filter(responses::unauthorized)
                    .stop()
                .end()
                .process(this::list);

        from("platform-http:/dlq/replay?httpMethodRestrict=POST")
                .routeId("dlq-replay")
                .filter(responses::unauthorized)
                    .stop()
                .end()
                .process(this::replay);
    }

    private void list(Exchange exchange) throws Exception {
        ArrayNode letters = deadLetters.list(limit(exchange, DEFAULT_LIMIT));
        ObjectNode answer = Json.MAPPER.createObjectNode();
        long total = broker.messageCount(Queues.DEAD_LETTERS);
        answer.put("total", total >= 0 ? total : letters.size());
        answer.set("deadLetters", letters);
        responses.json(exchange, 200, answer);
    }

    private void replay(Exchange exchange) throws Exception {
        String id = exchange.getIn().getHeader("id", String.class);
        String origin = exchange.getIn().getHeader("origin", String.class);
        boolean one = id != null && !id.isBlank();
        ReplayResult result = deadLetters.replay(one ? id.strip() : null,
                origin == null || origin.isBlank() ? null : origin, limit(exchange, MAX_LIMIT));
        if (one && result.replayed() + result.refused() == 0) {
            responses.error(exchange, 404, "no dead letter has the id " + id.strip() + ": GET /dlq lists them");
            return;
        }
        if (result.refused() > 0) {
            log.info("Replayed {} dead letters; {} stay in {}, the intake would refuse them again (reasons in the"
                     + " answer)", result.replayed(), result.refused(), Queues.DEAD_LETTERS);
        } else {
            log.info("Replayed {} dead letters", result.replayed());
        }
        responses.json(exchange, 200, result.toJson());
    }

    private static int limit(Exchange exchange, int fallback) {
        Integer limit = exchange.getIn().getHeader("limit", Integer.class);
        return limit == null || limit < 1 ? fallback : Math.min(limit, MAX_LIMIT);
    }
}
