package dev.camelpardot.app.ingress;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.activity.RecordFormat;

/**
 * Reads a record kept as written (a dead letter's body) again, the way ingress read it: a CSV row under its file's
 * header line with its separator, an NDJSON line, a JSON value (an element of a file, or a published message).
 */
public final class RecordRereader {

    private RecordRereader() {
    }

    /** The record, readable or with the reason it is not; {@code line} is where it was in its file. */
    public static RawRecord read(String raw, RecordFormat format, long line) {
        String text = raw == null ? "" : raw;
        RawRecord record = switch (format.kind()) {
            case CSV -> csv(text, format);
            case NDJSON -> NdjsonRecordReader.line(text, line);
            case JSON -> json(text);
        };
        if (record == null) {
            return RawRecord.unreadable(line, text, "the record is blank", format);
        }
        return new RawRecord(line, text, record.node(), record.unreadable(), format);
    }

    private static RawRecord csv(String row, RecordFormat format) {
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(format.csvHeader() + "\n" + row),
                new CsvDelimiter(format.csvSeparator()))) {
            return reader.hasNext() ? reader.next() : null;
        } catch (UnreadableFileException e) {
            return RawRecord.unreadable(0, row, e.getMessage(), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON value, read whole as the intake reads a published message (an array stays an array). */
    private static RawRecord json(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return RawRecord.parsed(0, text, Json.MAPPER.readTree(text), RecordFormat.JSON);
        } catch (JsonProcessingException e) {
            return RawRecord.unreadable(0, text, "invalid JSON: " + e.getOriginalMessage(), RecordFormat.JSON);
        }
    }
}
