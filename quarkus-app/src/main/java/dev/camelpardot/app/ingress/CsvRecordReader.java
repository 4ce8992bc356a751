package dev.camelpardot.app.ingress;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.activity.RecordFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a CSV file whose first row names the columns: {@code email}, {@code value} and optionally
 * {@code extension}, {@code type}, {@code activityDate} (names trimmed and matched ignoring case; other columns
 * are ignored). Each row becomes a record with the line it started on and its text exactly as written. A file
 * without an email or value column, or with broken quoting, is an {@link UnreadableFileException}: no row of it
 * could be trusted.
 */
public final class CsvRecordReader implements Iterator<RawRecord>, Closeable {

    private static final List<String> FIELDS = List.of("extension", "type", "email", "value", "activityDate");
    private static final List<String> REQUIRED = List.of("email", "value");
    /** A header line longer than this is not a CSV header. */
    private static final int HEADER_LIMIT = 1 << 16;

    private final RecordingReader source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<String, String> columnToField = new LinkedHashMap<>();
    /** The header line as written and the separator: a refused row keeps them, for a replay to read it again. */
    private final RecordFormat format;
    private long linesRead;
    private RawRecord next;

    public CsvRecordReader(Reader reader, CsvDelimiter delimiter) {
        BufferedReader buffered = new BufferedReader(reader);
        this.source = new RecordingReader(buffered);
        try {
            String header = peekFirstLine(buffered);
            char separator = delimiter.forHeader(header == null ? "" : header);
            this.format = RecordFormat.csv(header == null ? "" : header, separator);
            CSVFormat csv = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    // blank lines come through as records and are skipped below, so line numbers stay exact
                    .setIgnoreEmptyLines(false)
                    .setTrim(true)
                    // ` "a, b"` is a quoted cell too: people put a space after the separator
                    .setIgnoreSurroundingSpaces(true)
                    .setAllowMissingColumnNames(true)
                    .get();
            this.parser = CSVParser.builder().setReader(source).setFormat(csv).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException("the CSV header cannot be read: " + e.getMessage());
        }
        for (String column : parser.getHeaderNames()) {
            for (String field : FIELDS) {
                if (field.equalsIgnoreCase(column.strip())) {
                    columnToField.putIfAbsent(column, field);
                }
            }
        }
        this.rows = parser.iterator();
        this.linesRead = parser.getCurrentLineNumber();
        if (!parser.getHeaderNames().isEmpty()) {
            requireColumns();
        }
    }

    private static String peekFirstLine(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LIMIT);
        String line = reader.readLine();
        try {
            reader.reset();
        } catch (IOException tooLong) {
            throw new UnreadableFileException("the first line is longer than " + HEADER_LIMIT
                    + " characters: a CSV file starts with a header row naming its columns");
        }
        return line;
    }

    private void requireColumns() {
        List<String> missing = REQUIRED.stream().filter(field -> !columnToField.containsValue(field)).toList();
        if (!missing.isEmpty()) {
            String found = parser.getHeaderNames().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
            throw new UnreadableFileException("the CSV header has no " + String.join(" or ", missing) + " column"
                    + " (columns found: " + found + "): the first row must name the columns, with at least email"
                    + " and value (optional: extension, type, activityDate)"
                    + (parser.getHeaderNames().size() == 1 ? "; if the columns are separated by another character,"
                    + " set pardot.ingress.csv.delimiter" : ""));
        }
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
        long line = linesRead + 1;
        CSVRecord row;
        try {
            row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("the CSV breaks at line " + line + ": " + rootMessage(e)
                    + " (a quote inside a quoted cell is written twice: \"\")");
        }
        long linesAfter = parser.getCurrentLineNumber();
        String raw = source.lines(row.getCharacterPosition(), Math.max(1, linesAfter - linesRead));
        source.release(row.getCharacterPosition() + raw.length());
        linesRead = linesAfter;
        if (row.size() == 1 && row.get(0).isEmpty()) {
            return null;
        }
        if (!row.isConsistent()) {
            return RawRecord.unreadable(line, raw, "row has " + row.size() + " cells, the header has "
                    + parser.getHeaderNames().size(), format);
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, String> column : columnToField.entrySet()) {
            String cell = row.get(column.getKey());
            if (cell != null && !cell.isEmpty()) {
                node.put(column.getValue(), cell);
            }
        }
        return RawRecord.parsed(line, raw, node, format);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
