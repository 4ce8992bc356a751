package dev.camelpardot.camel;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotApiException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("pardot:external-activity?...")}: every poll asks Account Engagement for the activities after the last
 * one delivered ({@code idGreaterThan}, {@code orderBy=id asc}, with the endpoint's filters), follows the page tokens
 * to the end, and sends each activity into the route, one after the other, in id order. The position moves when the
 * route has finished with an activity (see {@link ConsumerPosition}); a failed exchange ends the poll, and the next
 * poll starts again with that activity, so none is skipped and the order holds.
 * <p>
 * <b>Threads.</b> A scheduled poll consumer's poll runs on its own scheduler thread (from the context's
 * ExecutorServiceManager) and may wait there, as every Camel polling consumer does while it fetches: this one waits
 * for each page of the asynchronous API client and for the route to finish with each activity, never on a transport
 * or a route thread of anyone else. The requests go through the endpoint's connection: the business unit's in-flight
 * cap, the token session and the endpoint's retries, as the producers' do.
 */
final class ExternalActivityConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalActivityConsumer.class);

    private final PardotEndpoint endpoint;
    private ActivityQuery query;
    private String businessUnitId;
    private ConsumerPosition position;
    // set by processBatch when an exchange failed: the poll stops there
    private boolean stopped;

    ExternalActivityConsumer(PardotEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public PardotEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // the options first: a bad one must stop the route's start, before the scheduler runs a poll
        OptionRules.check("The pardot consumer " + endpoint.getEndpointBaseUri(), OptionRules.consumerProblems(endpoint));
        ActivityQuery options = QueryInputs.of(endpoint);
        Long startAfter = ConsumerQueries.startAfter(options);
        query = ConsumerQueries.base(options);
        businessUnitId = endpoint.getConfiguration().getBusinessUnitId();
        String key = endpoint.getOffsetKey() != null ? endpoint.getOffsetKey()
                : ConsumerQueries.defaultKey(businessUnitId, options);
        position = ConsumerPosition.open(endpoint.getOffsetRepository(), key, startAfter);
        LOG.debug("Consumer of {} resumes after activity {} (offset key '{}')", businessUnitId, position.lastId(), key);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (position != null) {
            position.close();
        }
    }

    @Override
    protected int poll() throws Exception {
        shutdownRunningTask = null;
        pendingExchanges = 0;
        stopped = false;
        int delivered = 0;
        ActivityPage page = firstPage();
        // the server answered: the consumer is ready even when there is nothing new
        forceConsumerAsReady();
        while (true) {
            delivered += processBatch(new ArrayDeque<>(page.values()), delivered);
            if (stopped || !isBatchAllowed() || limitReached(delivered) || page.nextPageToken() == null) {
                return delivered;
            }
            page = nextPage(page.nextPageToken());
        }
    }

    @Override
    public int processBatch(Queue<Object> records) throws Exception {
        return processBatch(records, 0);
    }

    /** Sends the page's records into the route, one after the other; returns how many completed. */
    private int processBatch(Queue<Object> records, int deliveredBefore) {
        int total = records.size();
        int delivered = 0;
        for (int index = 0; index < total; index++) {
            if (!isBatchAllowed() || limitReached(deliveredBefore + delivered)) {
                break;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) records.poll();
            long id = ConsumerQueries.id(record);
            Long last = position.lastId();
            if (last != null && id <= last) {
                // a server that ignored idGreaterThan, or answered out of order: never deliver twice
                continue;
            }
            pendingExchanges = total - index - 1;
            if (!deliver(record, id, index, total)) {
                stopped = true;
                break;
            }
            delivered++;
        }
        return delivered;
    }

    private boolean deliver(Map<String, Object> record, long id, int index, int total) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(record);
            exchange.getMessage().setHeader(PardotConstants.ACTIVITY_ID, Long.toString(id));
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            try {
                // waits for an asynchronous route too: the next activity must not overtake this one
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("The route failed for external activity " + id
                        + "; the consumer stays before it and delivers it again at the next poll", exchange,
                        exchange.getException());
                return false;
            }
            position.advance(id);
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private ActivityPage firstPage() throws Exception {
        return await(ActivityPages.fetch(endpoint.api(), businessUnitId, ConsumerQueries.after(query, position.lastId()),
                null));
    }

    /** The page a token names; a token that expired (210) or is refused (211) starts the query again from here. */
    private ActivityPage nextPage(String token) throws Exception {
        try {
            return await(ActivityPages.fetch(endpoint.api(), businessUnitId, query, token));
        } catch (PardotApiException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 210 || code == 211)) {
                LOG.debug("Page token refused (code {}): querying again after activity {}", code, position.lastId());
                return firstPage();
            }
            throw e;
        }
    }

    private boolean limitReached(int delivered) {
        return maxMessagesPerPoll > 0 && delivered >= maxMessagesPerPoll;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException failed) {
            Throwable cause = Futures.unwrap(failed);
            if (cause instanceof Exception e) {
                throw e;
            }
            throw failed;
        }
    }
}
