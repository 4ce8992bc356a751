package dev.camelpardot.benchmark;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Contender B, what users write today: a camel-http route with Jackson marshalling, a processor that adds the
 * bearer token from {@link CamelHttpTokenCache}, an {@code onException} that refreshes the token and redelivers
 * once on a 401, and one that redelivers transient failures with exponential backoff. camel-http's producer is
 * synchronous, so each message in flight holds a thread.
 */
final class CamelHttpContender implements Contender {

    static final String ROUTE_INPUT = "direct:camel-http";
    private static final String AUTHORIZATION = "Authorization";

    private final LongAdder retries = new LongAdder();
    private CamelContext context;
    private CamelRouteInput input;

    @Override
    public String id() {
        return "B";
    }

    @Override
    public String description() {
        return "camel-http route, Jackson, hand-made token handling";
    }

    @Override
    public void start(Target target) throws Exception {
        context = new DefaultCamelContext();
        CamelHttpTokenCache tokens = new CamelHttpTokenCache(context.createProducerTemplate(), target);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(HttpOperationFailedException.class)
                        .onWhen(exchange -> expiredToken(exchange))
                        .maximumRedeliveries(1)
                        .redeliveryDelay(0)
                        .onRedelivery(exchange -> exchange.getMessage().setHeader(AUTHORIZATION,
                                tokens.refresh(exchange.getMessage().getHeader(AUTHORIZATION, String.class))));
                onException(HttpOperationFailedException.class)
                        .onWhen(exchange -> RetryRules.isTransient(failure(exchange).getStatusCode()))
                        .maximumRedeliveries(RetryRules.MAX_RETRIES)
                        // Camel's backoff: 125 ms doubling, +-15 % collision avoidance; the same mean wait as
                        // A's and camel-pardot's full jitter on a 250 ms initial delay
                        .redeliveryDelay(RetryRules.INITIAL_DELAY_MILLIS / 2)
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .useCollisionAvoidance()
                        .maximumRedeliveryDelay(RetryRules.MAX_DELAY_MILLIS)
                        .onRedelivery(exchange -> retries.increment());

                from(ROUTE_INPUT).routeId("camel-http")
                        .process(exchange -> {
                            Map<String, Object> activity = exchange.getMessage().getMandatoryBody(Map.class);
                            activity.put("extension", target.extension());
                            activity.put("type", target.type());
                        })
                        .marshal().json(JsonLibrary.Jackson)
                        .process(exchange -> exchange.getMessage().setHeader(AUTHORIZATION, tokens.authorization()))
                        .setHeader("Pardot-Business-Unit-Id", constant(target.businessUnitId()))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .to(target.activitiesUrl())
                        .unmarshal().json(JsonLibrary.Jackson, Map.class);
            }
        });
        context.start();
        tokens.authorization();
        input = new CamelRouteInput(context, ROUTE_INPUT);
    }

    private static HttpOperationFailedException failure(Exchange exchange) {
        return exchange.getException(HttpOperationFailedException.class);
    }

    private static boolean expiredToken(Exchange exchange) {
        HttpOperationFailedException failure = failure(exchange);
        return failure != null && RetryRules.isExpiredToken(failure.getStatusCode(), failure.getResponseBody());
    }

    @Override
    public boolean send(Map<String, Object> body, Completion done) {
        return input.send(body, done);
    }

    @Override
    public long retries() {
        return retries.sum();
    }

    @Override
    public void close() throws Exception {
        if (input != null) {
            input.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
