package dev.camelpardot.benchmark;

import java.util.Map;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Feeds a route's {@code direct:} input through Camel's asynchronous producer API, so a route that completes
 * asynchronously (camel-pardot) frees the calling thread, and one that is synchronous (camel-http) holds it.
 * The harness keeps the number of messages in flight; this class only hands them over.
 */
final class CamelRouteInput implements AutoCloseable {

    private final Endpoint endpoint;
    private final AsyncProducer producer;

    CamelRouteInput(CamelContext context, String uri) throws Exception {
        this.endpoint = context.getEndpoint(uri);
        this.producer = endpoint.createAsyncProducer();
        ServiceHelper.startService(producer);
    }

    boolean send(Map<String, Object> body, Contender.Completion done) {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(body);
        return producer.process(exchange, doneSync -> done.done(doneSync, exchange.getException()));
    }

    @Override
    public void close() {
        ServiceHelper.stopAndShutdownService(producer);
    }
}
