package dev.camelpardot.camel;

import java.util.concurrent.CompletableFuture;

import dev.camelpardot.api.Futures;
import dev.camelpardot.model.SetupReport;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * The asynchronous producer contract, once for every operation: {@link #start} begins the work and returns a
 * future whose stages fill in the message; no Camel thread waits for I/O. A failure while starting (validation)
 * completes the exchange synchronously; otherwise the exchange completes from the future's completion, exactly
 * once.
 */
abstract class PardotProducer extends DefaultAsyncProducer {

    private PardotHealthCheck healthCheck;

    PardotProducer(PardotEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public PardotEndpoint getEndpoint() {
        return (PardotEndpoint) super.getEndpoint();
    }

    /**
     * Begins the operation. Throws for bad input (nothing was sent); otherwise returns a future that completes once
     * the message holds the result, or exceptionally with the failure to put on the exchange.
     */
    protected abstract CompletableFuture<?> start(Exchange exchange) throws Exception;

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> work;
        try {
            work = start(exchange);
        } catch (Throwable failure) {
            exchange.setException(Futures.unwrap(failure));
            callback.done(true);
            return true;
        }
        if (work.isDone()) {
            // finished without I/O (e.g. an empty batch): complete on this thread
            record(exchange, work);
            callback.done(true);
            return true;
        }
        work.whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(Futures.unwrap(failure));
                }
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    private static void record(Exchange exchange, CompletableFuture<?> done) {
        try {
            done.join();
        } catch (Throwable failure) {
            exchange.setException(Futures.unwrap(failure));
        }
    }

    /** Puts a single record (or null when none was found) in the body and its id in CamelPardotRecordId. */
    static void setRecord(Exchange exchange, Object record, String id) {
        Message message = exchange.getMessage();
        message.setBody(record);
        if (id != null) {
            message.setHeader(PardotConstants.RECORD_ID, id);
        } else {
            message.removeHeader(PardotConstants.RECORD_ID);
        }
    }

    /** Puts a setup report in the body, with CamelPardotSetupChanged and the id of the record it was about. */
    static void setReport(Exchange exchange, SetupReport report) {
        Message message = exchange.getMessage();
        message.setBody(report);
        message.setHeader(PardotConstants.SETUP_CHANGED, report.changed());
        // the first entry is the record the operation was about (the extension, or the activity type)
        String id = report.changes().isEmpty() ? null : report.changes().get(0).id();
        if (id != null) {
            message.setHeader(PardotConstants.RECORD_ID, id);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheck = getEndpoint().getComponent().useHealthCheck(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            getEndpoint().getComponent().releaseHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }
}
