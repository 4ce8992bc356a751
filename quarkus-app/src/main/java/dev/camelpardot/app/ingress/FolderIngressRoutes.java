package dev.camelpardot.app.ingress;

import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.broker.ActivityQueue;
import dev.camelpardot.app.broker.QueueBatch;
import dev.camelpardot.app.delivery.DeliveryMetrics;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ExpressionAdapter;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Files dropped in {@code pardot.inbox}: each record goes on the queue (or, refused, on the dead-letter queue
 * with its line and reason) in broker transactions of {@code pardot.ingress.file-batch-size}; the file moves
 * to {@code done/} only after the last transaction committed. A file interrupted by a crash stays in the
 * inbox and is read again from the start: its records are then queued at least once.
 */
@ApplicationScoped
public class FolderIngressRoutes extends RouteBuilder {

    static final String BATCH = "pardotBatch";
    static final String PROVENANCE = "pardotProvenance";

    private final AppConfig config;
    private final ActivityQueue queue;
    private final RecordSink sink;
    private final DeliveryMetrics metrics;

    public FolderIngressRoutes(AppConfig config, ActivityQueue queue, RecordSink sink, DeliveryMetrics metrics) {
        this.config = config;
        this.queue = queue;
        this.sink = sink;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        long stableMillis = config.ingress().fileStableTime().toMillis();
        fromF("file:{{pardot.inbox}}?includeExt=json,ndjson,jsonl,csv"
                + "&move=done/${file:onlyname.noext}-${date:now:yyyyMMdd-HHmmss-SSS}.${file:ext}"
                + "&readLock=changed&readLockCheckInterval=%d&readLockMinAge=%d&readLockTimeout=%d"
                + "&backoffErrorThreshold=3&backoffMultiplier=10",
                Math.max(100, stableMillis / 2), stableMillis, Math.max(10_000, stableMillis * 10))
                .routeId("file-ingress")
                .process(this::openBatch)
                .choice()
                    .when(extensionIs("ndjson", "jsonl"))
                        .split(body().tokenize("\n")).streaming().stopOnException()
                            .process(this::writeNdjsonLine)
                        .end()
                    .endChoice()
                    .when(extensionIs("csv"))
                        .split(records(FileRecords::csv)).streaming().stopOnException()
                            .process(this::writeRecord)
                        .end()
                    .endChoice()
                    .otherwise()
                        .split(records(FileRecords::json)).streaming().stopOnException()
                            .process(this::writeRecord)
                        .end()
                .end()
                .process(this::commit);
    }

    private void openBatch(Exchange exchange) {
        QueueBatch batch = queue.openBatch();
        exchange.setProperty(BATCH, batch);
        exchange.setProperty(PROVENANCE, new Provenance(ActivityHeaders.SOURCE_FILE,
                exchange.getIn().getHeader(Exchange.FILE_NAME, String.class), 0, Instant.now()));
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                batch.close();
            }
        });
    }

    private void writeNdjsonLine(Exchange exchange) {
        long line = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class) + 1L;
        RawRecord record = FileRecords.ndjsonLine(exchange.getIn().getBody(String.class), line);
        if (record != null) {
            write(exchange, record);
        }
    }

    private void writeRecord(Exchange exchange) {
        write(exchange, exchange.getIn().getBody(RawRecord.class));
    }

    private void write(Exchange exchange, RawRecord record) {
        QueueBatch batch = exchange.getProperty(BATCH, QueueBatch.class);
        sink.write(record, exchange.getProperty(PROVENANCE, Provenance.class), batch);
        if (batch.pending() >= config.ingress().fileBatchSize()) {
            batch.commit();
        }
    }

    private void commit(Exchange exchange) {
        QueueBatch batch = exchange.getProperty(BATCH, QueueBatch.class);
        batch.commit();
        String file = exchange.getProperty(PROVENANCE, Provenance.class).origin();
        if (batch.rejected() > 0) {
            metrics.deadLettered(ActivityHeaders.SOURCE_FILE, "ingress", batch.rejected());
            log.warn("{}: {} records queued, {} refused (see GET /dlq)", file, batch.queued(), batch.rejected());
        } else {
            log.info("{}: {} records queued", file, batch.queued());
        }
    }

    private static Predicate extensionIs(String... extensions) {
        return exchange -> {
            String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, "", String.class).toLowerCase(Locale.ROOT);
            for (String extension : extensions) {
                if (name.endsWith("." + extension)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Expression records(Function<InputStream, Iterator<RawRecord>> reader) {
        return new ExpressionAdapter() {
            @Override
            public Object evaluate(Exchange exchange) {
                InputStream in = exchange.getIn().getBody(InputStream.class);
                if (in == null) {
                    throw new IllegalStateException("Cannot read " + exchange.getIn().getHeader(Exchange.FILE_NAME));
                }
                return reader.apply(in);
            }
        };
    }
}
