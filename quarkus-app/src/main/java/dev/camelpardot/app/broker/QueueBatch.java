package dev.camelpardot.app.broker;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.activity.QueuedActivity;
import dev.camelpardot.app.activity.RecordFormat;
import dev.camelpardot.app.activity.RecordProblem;
import dev.camelpardot.model.ModelJson;

/**
 * Records (and refused records with their reasons) sent in one broker transaction: nothing is queued until
 * {@link #commit()}, and one commit costs one disk sync however many records it carries. Each record goes to the
 * next delivery slot of its business unit. Not thread-safe.
 */
public final class QueueBatch implements AutoCloseable {

    private final JMSContext context;
    private final JMSProducer producer;
    private final DeliverySlots slots;
    private final Map<String, Queue> queues = new HashMap<>();
    private final Queue deadLetters;
    private int pending;
    private long queued;
    private long rejected;

    QueueBatch(JMSContext context, DeliverySlots slots) {
        this.context = context;
        this.producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        this.slots = slots;
        this.deadLetters = context.createQueue(Queues.DEAD_LETTERS);
    }

    public void add(QueuedActivity record, Provenance provenance) {
        TextMessage message = message(ModelJson.toCreateRequest(record.activity()), provenance);
        try {
            message.setStringProperty(ActivityHeaders.BUSINESS_UNIT, record.businessUnitId());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label a message", e);
        }
        producer.send(queues.computeIfAbsent(slots.next(record.businessUnitId()), context::createQueue), message);
        pending++;
        queued++;
    }

    /** Dead-letters a refused record as written, with its reason and the format a replay reads it in again. */
    public void reject(RecordProblem problem, RecordFormat format, Provenance provenance) {
        TextMessage message = message(problem.raw(), provenance.atLine(problem.line()));
        try {
            message.setStringProperty(ActivityHeaders.FORMAT, format.label());
            if (format.kind() == RecordFormat.Kind.CSV) {
                message.setStringProperty(ActivityHeaders.CSV_HEADER, format.csvHeader());
                message.setStringProperty(ActivityHeaders.CSV_SEPARATOR, String.valueOf(format.csvSeparator()));
            }
            message.setStringProperty(ActivityHeaders.DLQ_STAGE, "ingress");
            message.setStringProperty(ActivityHeaders.DLQ_REASON, problem.reason());
            if (problem.field() != null) {
                message.setStringProperty(ActivityHeaders.DLQ_FIELD, problem.field());
            }
            message.setStringProperty(ActivityHeaders.DLQ_AT, Instant.now().toString());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label a dead letter", e);
        }
        producer.send(deadLetters, message);
        pending++;
        rejected++;
    }

    /** Records sent since the last commit. */
    public int pending() {
        return pending;
    }

    public long queued() {
        return queued;
    }

    public long rejected() {
        return rejected;
    }

    public void commit() {
        context.commit();
        pending = 0;
    }

    /** Rolls back whatever was not committed. */
    @Override
    public void close() {
        try {
            if (pending > 0) {
                context.rollback();
            }
        } finally {
            context.close();
        }
    }

    private TextMessage message(String body, Provenance provenance) {
        TextMessage message = context.createTextMessage(body);
        try {
            message.setStringProperty(ActivityHeaders.SOURCE, provenance.source());
            if (provenance.origin() != null) {
                message.setStringProperty(ActivityHeaders.ORIGIN, provenance.origin());
            }
            message.setLongProperty(ActivityHeaders.LINE, provenance.line());
            message.setStringProperty(ActivityHeaders.RECEIVED_AT, provenance.receivedAt().toString());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot label a message", e);
        }
        return message;
    }
}
