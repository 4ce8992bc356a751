package dev.camelpardot.app.ingress;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import jakarta.inject.Singleton;

/**
 * Opens the records of an inbox file by its extension: {@code .csv}, {@code .ndjson} / {@code .jsonl}, else JSON.
 * Each reader streams, so a large file never sits in memory whole.
 */
@Singleton
public class FileRecords {

    private final CsvDelimiter csvDelimiter;

    public FileRecords(CsvSettings csv) {
        this.csvDelimiter = CsvDelimiter.parse(csv.delimiter());
    }

    /**
     * The records of the file; the caller closes the iterator. A problem that makes the whole file unreadable
     * surfaces as an {@link UnreadableFileException}, at once or while iterating.
     */
    public Iterator<RawRecord> open(Path file) {
        Utf8FileReader text;
        try {
            text = new Utf8FileReader(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvRecordReader(text, csvDelimiter);
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return new NdjsonRecordReader(text);
        }
        return new WholeDocument(new JsonRecordReader(text));
    }

    /**
     * Reads the file through without queueing anything, so that a file that breaks half-way (bytes that are not
     * UTF-8, broken JSON or CSV quoting) is refused whole rather than queued in part.
     *
     * @throws UnreadableFileException naming the line and the fix
     */
    public void check(Path file) {
        Iterator<RawRecord> records = open(file);
        try (Closeable closing = (Closeable) records) {
            while (records.hasNext()) {
                records.next();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** A JSON file is one document: once it breaks, the file is unreadable, not just one record. */
    private static final class WholeDocument implements Iterator<RawRecord>, Closeable {

        private final JsonRecordReader reader;

        WholeDocument(JsonRecordReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            return reader.hasNext();
        }

        @Override
        public RawRecord next() {
            RawRecord record = reader.next();
            if (!record.isReadable()) {
                throw new UnreadableFileException(record.unreadable()
                        + ": a .json file is one JSON document (an object or an array of objects); fix it, or use"
                        + " .ndjson with one object per line so that a bad line does not stop the others");
            }
            return record;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
