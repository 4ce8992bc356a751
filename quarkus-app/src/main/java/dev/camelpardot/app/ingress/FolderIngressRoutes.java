package dev.camelpardot.app.ingress;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.broker.ActivityQueue;
import dev.camelpardot.app.broker.QueueBatch;
import dev.camelpardot.app.delivery.DeliveryMetrics;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ExpressionAdapter;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Files dropped in {@code pardot.inbox}: each record goes on the queue (or, refused, on the dead-letter queue
 * with its line as written and the reason) in broker transactions of {@code pardot.ingress.file-batch-size};
 * the file moves to {@code done/} only after the last transaction committed. A file that cannot be read as
 * records at all is refused whole after one attempt: it moves to {@code failed/} with a {@code .reason} beside
 * it and nothing from it is queued. A file interrupted by a crash stays in the inbox and is read again from the
 * start: its records are then queued at least once.
 */
@ApplicationScoped
public class FolderIngressRoutes extends RouteBuilder {

    static final String BATCH = "pardotBatch";
    static final String PROVENANCE = "pardotProvenance";
    /** Where the file consumer moves the file once the exchange is done (its {@code move} expression). */
    static final String MOVE_TO = "pardotMoveTo";
    private static final String STABLE_FILES = "pardotStableFiles";

    private final AppConfig config;
    private final ActivityQueue queue;
    private final RecordSink sink;
    private final FileRecords files;
    private final DeliveryMetrics metrics;

    public FolderIngressRoutes(AppConfig config, ActivityQueue queue, RecordSink sink, FileRecords files,
                               DeliveryMetrics metrics) {
        this.config = config;
        this.queue = queue;
        this.sink = sink;
        this.files = files;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        getContext().getRegistry().bind(STABLE_FILES, new StableFileFilter(config.ingress().fileStableTime()));
        from("file:{{pardot.inbox}}?includeExt=json,ndjson,jsonl,csv&filter=#" + STABLE_FILES
                + "&move=${exchangeProperty." + MOVE_TO + "}"
                // errors other than an unreadable file (the broker is down, say) leave the file for a later poll
                + "&backoffErrorThreshold=3&backoffMultiplier=10")
                .routeId("file-ingress")
                .onException(UnreadableFileException.class)
                    .handled(true)
                    .process(this::refuse)
                .end()
                .process(this::checkWholeFile)
                .process(this::openBatch)
                .split(new ExpressionAdapter() {
                    @Override
                    public Object evaluate(Exchange exchange) {
                        return files.open(path(exchange));
                    }
                }).streaming().stopOnException()
                    .process(this::writeRecord)
                .end()
                .process(this::commit);
    }

    private void checkWholeFile(Exchange exchange) {
        exchange.setProperty(MOVE_TO, ProcessedFiles.target(ProcessedFiles.DONE, fileName(exchange), LocalDateTime.now()));
        files.check(path(exchange));
    }

    private void openBatch(Exchange exchange) {
        QueueBatch batch = queue.openBatch();
        exchange.setProperty(BATCH, batch);
        exchange.setProperty(PROVENANCE, new Provenance(ActivityHeaders.SOURCE_FILE, fileName(exchange), 0, Instant.now()));
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                batch.close();
            }
        });
    }

    private void writeRecord(Exchange exchange) {
        RawRecord record = exchange.getIn().getBody(RawRecord.class);
        QueueBatch batch = exchange.getProperty(BATCH, QueueBatch.class);
        sink.write(record, exchange.getProperty(PROVENANCE, Provenance.class), batch);
        if (batch.pending() >= config.ingress().fileBatchSize()) {
            batch.commit();
        }
    }

    private void commit(Exchange exchange) {
        QueueBatch batch = exchange.getProperty(BATCH, QueueBatch.class);
        batch.commit();
        String file = fileName(exchange);
        if (batch.rejected() > 0) {
            metrics.deadLettered(ActivityHeaders.SOURCE_FILE, "ingress", batch.rejected());
            log.warn("{}: {} records queued, {} refused (see GET /dlq)", file, batch.queued(), batch.rejected());
        } else {
            log.info("{}: {} records queued", file, batch.queued());
        }
    }

    /** One WARN line, the reason beside the file, and no retry: reading the same bytes again cannot succeed. */
    private void refuse(Exchange exchange) {
        String reason = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage();
        String target = ProcessedFiles.target(ProcessedFiles.FAILED, fileName(exchange), LocalDateTime.now());
        ProcessedFiles.writeReason(Path.of(config.inbox()), target, fileName(exchange), reason);
        exchange.setProperty(MOVE_TO, target);
        log.warn("{}: not read, moved to {} with a .reason beside it: {}", fileName(exchange), target, reason);
    }

    private static Path path(Exchange exchange) {
        return Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
    }

    private static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }
}
