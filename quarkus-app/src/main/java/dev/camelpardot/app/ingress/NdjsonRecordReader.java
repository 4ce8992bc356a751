package dev.camelpardot.app.ingress;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.activity.RecordFormat;

/**
 * Streams NDJSON: one JSON object per line, each line on its own, so a broken line is one unreadable record
 * and the lines after it are still read. Blank lines are skipped; line numbers count every line.
 */
public final class NdjsonRecordReader implements Iterator<RawRecord>, Closeable {

    private final BufferedReader lines;
    private long lineNumber;
    private RawRecord next;
    private boolean finished;

    public NdjsonRecordReader(Reader reader) {
        this.lines = new BufferedReader(reader);
    }

    /** One line as a record (its text kept as written, without the line break); a blank line gives null. */
    public static RawRecord line(String line, long lineNumber) {
        String text = line.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return RawRecord.parsed(lineNumber, line, node, RecordFormat.NDJSON);
        } catch (JsonProcessingException e) {
            return RawRecord.unreadable(lineNumber, line, "invalid JSON: " + e.getOriginalMessage(), RecordFormat.NDJSON);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            String line = readLine();
            if (line == null) {
                finished = true;
            } else {
                next = line(line, ++lineNumber);
            }
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

    private String readLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
