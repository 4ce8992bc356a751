package dev.camelpardot.app.ingress;

import java.time.Instant;

import dev.camelpardot.app.activity.ActivityNormalizer;
import dev.camelpardot.app.activity.Provenance;
import dev.camelpardot.app.activity.QueuedActivity;
import dev.camelpardot.app.activity.RecordProblem;
import dev.camelpardot.app.broker.QueueBatch;
import dev.camelpardot.app.delivery.BusinessUnits;
import dev.camelpardot.api.PardotValidationException;

/** Checks raw records and puts each on the queue, or on the dead-letter queue with its reason. */
public final class RecordSink {

    private final ActivityNormalizer normalizer;
    private final BusinessUnits businessUnits;

    public RecordSink(ActivityNormalizer normalizer, BusinessUnits businessUnits) {
        this.normalizer = normalizer;
        this.businessUnits = businessUnits;
    }

    /** The record ready to queue, or the problem that keeps it out. */
    public Checked check(RawRecord record, Instant receivedAt) {
        if (!record.isReadable()) {
            return new Checked(null, new RecordProblem(record.line(), null, record.unreadable(), record.raw()));
        }
        try {
            return new Checked(new QueuedActivity(normalizer.normalize(record.node(), receivedAt),
                    businessUnits.of(record.node(), null)), null);
        } catch (PardotValidationException e) {
            return new Checked(null, new RecordProblem(record.line(), e.getField(), e.getMessage(), record.raw()));
        }
    }

    /**
     * Queues a record of a file or dead-letters it, with a reason in the words of the file's author and the format
     * a replay needs to read it again; returns false when it was refused.
     */
    public boolean write(RawRecord record, Provenance provenance, QueueBatch batch) {
        Checked checked = check(record, provenance.receivedAt());
        if (checked.problem() != null) {
            RecordProblem problem = checked.problem();
            batch.reject(new RecordProblem(problem.line(), problem.field(), FileReasons.of(record, problem), problem.raw()),
                    record.format(), provenance);
            return false;
        }
        batch.add(checked.record(), provenance.atLine(record.line()));
        return true;
    }

    public record Checked(QueuedActivity record, RecordProblem problem) {
    }
}
