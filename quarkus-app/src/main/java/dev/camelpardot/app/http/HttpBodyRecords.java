package dev.camelpardot.app.http;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.camelpardot.app.ingress.JsonRecordReader;
import dev.camelpardot.app.ingress.NdjsonRecordReader;
import dev.camelpardot.app.ingress.RawRecord;

/**
 * The records of a POST body: a JSON object, a JSON array, or NDJSON. The body is bounded by the HTTP size
 * limit, so it is read whole. When the JSON breaks in a body of several lines it is read again line by line, so
 * that each bad NDJSON line gets its own reason. A leading byte-order mark is skipped, as in files.
 */
public final class HttpBodyRecords {

    private HttpBodyRecords() {
    }

    public static List<RawRecord> parse(String text) {
        List<RawRecord> records = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return records;
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try (JsonRecordReader reader = new JsonRecordReader(new StringReader(body))) {
            reader.forEachRemaining(records::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        boolean broken = !records.isEmpty() && !records.get(records.size() - 1).isReadable();
        if (broken && !body.strip().startsWith("[") && body.strip().contains("\n")) {
            return lineByLine(body);
        }
        return records;
    }

    private static List<RawRecord> lineByLine(String body) {
        List<RawRecord> records = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            RawRecord record = NdjsonRecordReader.line(lines[i], i + 1);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }
}
