package dev.camelpardot.app.ingress;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.activity.RecordFormat;

/**
 * Streams the records of a JSON document: the elements of a top-level array, or each top-level object (one
 * object, or several one after another as in NDJSON). Only one record is in memory at a time, with its text as
 * written. Where the JSON breaks, one unreadable record names the line and reading stops, since nothing after
 * it can be trusted.
 */
public final class JsonRecordReader implements Iterator<RawRecord>, Closeable {

    private final RecordingReader source;
    private final JsonParser parser;
    private boolean inArray;
    private boolean started;
    private boolean finished;
    private RawRecord next;

    public JsonRecordReader(Reader reader) {
        this.source = new RecordingReader(reader);
        try {
            this.parser = Json.MAPPER.createParser(source);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read JSON", e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
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

    private RawRecord advance() {
        long line = 1;
        long start = 0;
        try {
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                if (token == JsonToken.START_ARRAY) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
                finished = true;
                return null;
            }
            JsonLocation at = parser.currentTokenLocation();
            line = lineOf(at);
            start = at.getCharOffset();
            JsonNode node = parser.readValueAsTree();
            long end = parser.currentLocation().getCharOffset();
            String raw = source.text(start, end);
            source.release(end);
            return RawRecord.parsed(line, raw, node, RecordFormat.JSON);
        } catch (JsonProcessingException e) {
            finished = true;
            JsonLocation where = e.getLocation();
            long errorLine = where != null ? lineOf(where) : line;
            String raw = where != null && where.getCharOffset() >= start ? source.text(start, where.getCharOffset()) : "";
            return RawRecord.unreadable(errorLine, raw, "invalid JSON at line " + errorLine + ": " + e.getOriginalMessage(),
                    RecordFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read JSON", e);
        }
    }

    private static long lineOf(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
