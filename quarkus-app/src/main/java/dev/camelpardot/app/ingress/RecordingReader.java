package dev.camelpardot.app.ingress;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the characters a parser has read, so that a record can be given back exactly as it was written (a
 * dead letter holds the original CSV row or JSON element, not a re-serialised copy). Positions count characters
 * from the start of the input; what is {@link #release released} is dropped, so memory stays at about one
 * record plus the parser's read-ahead.
 */
public final class RecordingReader extends FilterReader {

    private final StringBuilder kept = new StringBuilder();
    private long keptFrom;

    public RecordingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            kept.append(buffer, offset, count);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] skipped = new char[(int) Math.min(n, 8192)];
        int count = read(skipped, 0, skipped.length);
        return Math.max(count, 0);
    }

    /** The text between two positions (the end is capped at what has been read). */
    public String text(long from, long to) {
        int start = index(from);
        return kept.substring(start, Math.max(start, Math.min(index(to), kept.length())));
    }

    /** The text of {@code count} physical lines from a position, without the last line's terminator. */
    public String lines(long from, long count) {
        int start = index(from);
        int i = start;
        long seen = 0;
        while (i < kept.length()) {
            char c = kept.charAt(i);
            if (c == '\n' || c == '\r') {
                if (++seen == count) {
                    break;
                }
                if (c == '\r' && i + 1 < kept.length() && kept.charAt(i + 1) == '\n') {
                    i++;
                }
            }
            i++;
        }
        return kept.substring(start, i);
    }

    /** Forgets everything before the position. */
    public void release(long before) {
        int drop = Math.min(index(before), kept.length());
        kept.delete(0, drop);
        keptFrom += drop;
    }

    private int index(long position) {
        if (position < keptFrom) {
            throw new IllegalStateException("position " + position + " was already released");
        }
        return (int) (position - keptFrom);
    }
}
