package dev.camelpardot.app.ingress;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a CSV file whose first row names the columns: {@code email}, {@code value} and
 * optionally {@code extension}, {@code type}, {@code activityDate} (names are matched case-insensitively;
 * other columns are ignored). Each row becomes a record with the line it started on.
 */
public final class CsvRecordReader implements Iterator<RawRecord>, Closeable {

    private static final List<String> FIELDS = List.of("extension", "type", "email", "value", "activityDate");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // blank lines come through as records and are skipped below, so line numbers stay exact
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<String, String> columnToField = new HashMap<>();
    private long lineAfterPrevious;
    private RawRecord next;

    public CsvRecordReader(Reader reader) {
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV header", e);
        }
        for (String column : parser.getHeaderNames()) {
            for (String field : FIELDS) {
                if (field.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                    columnToField.put(column, field);
                }
            }
        }
        this.rows = parser.iterator();
        this.lineAfterPrevious = parser.getCurrentLineNumber() + 1;
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            next = read();
        }
        return next != null;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = next;
        next = null;
        return record;
    }

    /** The next row as a record, or null for a blank line. */
    private RawRecord read() {
        CSVRecord row;
        try {
            row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            long line = lineAfterPrevious;
            lineAfterPrevious = parser.getCurrentLineNumber() + 1;
            return RawRecord.unreadable(line, "", "unreadable CSV row at line " + line + ": " + e.getMessage());
        }
        long line = lineAfterPrevious;
        lineAfterPrevious = parser.getCurrentLineNumber() + 1;
        if (row.size() == 1 && row.get(0).isEmpty()) {
            return null;
        }
        String raw = String.join(",", row.values());
        if (!row.isConsistent()) {
            return RawRecord.unreadable(line, raw, "row has " + row.size() + " cells, the header has "
                    + parser.getHeaderNames().size());
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, String> column : columnToField.entrySet()) {
            String cell = row.get(column.getKey());
            if (cell != null && !cell.isEmpty()) {
                node.put(column.getValue(), cell);
            }
        }
        return RawRecord.parsed(line, raw, node);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
