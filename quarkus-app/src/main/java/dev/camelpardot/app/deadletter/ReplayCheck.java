package dev.camelpardot.app.deadletter;

import java.time.Instant;
import java.util.Locale;

import jakarta.inject.Singleton;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.ActivityNormalizer;
import dev.camelpardot.app.activity.RecordFormat;
import dev.camelpardot.app.activity.RecordProblem;
import dev.camelpardot.app.delivery.BusinessUnits;
import dev.camelpardot.app.ingress.FileReasons;
import dev.camelpardot.app.ingress.RawRecord;
import dev.camelpardot.app.ingress.RecordRereader;

/**
 * Decides before a dead letter leaves the dead-letter queue whether the intake would take it: the record is read
 * again in its original format and checked by the same rules (those of the intake, so a replay that passes here is
 * not refused there). A letter that would be refused stays where it is, with the reason in the replay's answer:
 * sent on, it would only come back, and be counted as dead-lettered a second time.
 */
@Singleton
public class ReplayCheck {

    private final ActivityNormalizer normalizer;
    private final BusinessUnits businessUnits;

    public ReplayCheck(ActivityNormalizer normalizer, BusinessUnits businessUnits) {
        this.normalizer = normalizer;
        this.businessUnits = businessUnits;
    }

    /** What a replay sends to the intake for this dead letter, or why it cannot. */
    public Verdict check(Message dead) throws JMSException {
        String body = dead instanceof TextMessage text ? text.getText() : dead.getBody(String.class);
        long line = dead.propertyExists(ActivityHeaders.LINE) ? dead.getLongProperty(ActivityHeaders.LINE) : 0;
        RecordFormat format = format(dead);
        if (format == null) {
            return Verdict.refused("this CSV row was refused by a version of the app that did not keep the file's"
                    + " header line, so it cannot be read again: correct the row and put it in a file in the inbox");
        }
        RawRecord record = RecordRereader.read(body, format, line);
        if (!record.isReadable()) {
            return Verdict.refused(record.unreadable());
        }
        try {
            normalizer.normalize(record.node(), receivedAt(dead));
            businessUnits.of(record.node(), dead.getStringProperty(ActivityHeaders.BUSINESS_UNIT));
        } catch (PardotValidationException e) {
            return Verdict.refused(ActivityHeaders.SOURCE_FILE.equals(dead.getStringProperty(ActivityHeaders.SOURCE))
                    ? FileReasons.of(record, new RecordProblem(line, e.getField(), e.getMessage(), body))
                    : e.getMessage());
        }
        // the intake reads JSON: a CSV row goes as the fields its header gave it
        return Verdict.replay(format.kind() == RecordFormat.Kind.CSV ? record.node().toString()
                : body);
    }

    /**
     * The format the letter's record was written in. A letter without one is JSON (a published message, or an event
     * refused at delivery, whose body is the JSON that was queued), except a CSV row of an older version: null.
     */
    private static RecordFormat format(Message dead) throws JMSException {
        RecordFormat.Kind kind = RecordFormat.kindOf(dead.getStringProperty(ActivityHeaders.FORMAT));
        if (kind == RecordFormat.Kind.CSV) {
            String header = dead.getStringProperty(ActivityHeaders.CSV_HEADER);
            String separator = dead.getStringProperty(ActivityHeaders.CSV_SEPARATOR);
            return header == null || separator == null || separator.length() != 1 ? null
                    : RecordFormat.csv(header, separator.charAt(0));
        }
        if (kind == RecordFormat.Kind.NDJSON) {
            return RecordFormat.NDJSON;
        }
        if (kind == null && "ingress".equals(dead.getStringProperty(ActivityHeaders.DLQ_STAGE))
                && String.valueOf(dead.getStringProperty(ActivityHeaders.ORIGIN)).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return null;
        }
        return RecordFormat.JSON;
    }

    private static Instant receivedAt(Message dead) throws JMSException {
        String text = dead.getStringProperty(ActivityHeaders.RECEIVED_AT);
        try {
            return text != null ? Instant.parse(text) : Instant.now();
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    /** The body to replay, or the reason the letter stays. */
    public record Verdict(String body, String refusal) {

        static Verdict replay(String body) {
            return new Verdict(body, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(null, reason);
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }
}
