package dev.camelpardot.app.ingress;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.Json;

/** Readers for the formats a file may have; each streams, so a large file never sits in memory whole. */
public final class FileRecords {

    private FileRecords() {
    }

    public static Iterator<RawRecord> json(InputStream in) {
        return new JsonRecordReader(reader(in));
    }

    public static Iterator<RawRecord> csv(InputStream in) {
        return new CsvRecordReader(reader(in));
    }

    /** One NDJSON line (as split off by the tokenizer) as a record; blank lines give null. */
    public static RawRecord ndjsonLine(String line, long lineNumber) {
        String text = line.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return RawRecord.parsed(lineNumber, text, node);
        } catch (JsonProcessingException e) {
            return RawRecord.unreadable(lineNumber, text, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
