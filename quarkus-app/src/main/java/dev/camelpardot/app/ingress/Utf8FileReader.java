package dev.camelpardot.app.ingress;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.input.BOMInputStream;

/**
 * The text of a file as people save it: a leading UTF-8 byte-order mark (spreadsheets write one for "CSV UTF-8")
 * is skipped, and bytes that are not UTF-8, or a NUL character (a binary file), stop the reading with an
 * {@link UnreadableFileException} that names the line, instead of being turned silently into replacement
 * characters.
 */
public final class Utf8FileReader extends FilterReader {

    /*
     * The decoder marks bad bytes with U+FFFF, a noncharacter that text files do not hold, and this reader stops
     * there. (Reporting the error from the decoder instead would lose the characters decoded before it in the
     * same read, and with them the line number.)
     */
    private static final char NOT_UTF8 = '\uFFFF';

    private long line = 1;

    public Utf8FileReader(InputStream in) throws IOException {
        super(new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .replaceWith(String.valueOf(NOT_UTF8))));
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = offset; i < offset + count; i++) {
            if (buffer[i] == '\n') {
                line++;
            } else if (buffer[i] == NOT_UTF8) {
                throw new UnreadableFileException("line " + line + " holds bytes that are not UTF-8: save the file as"
                        + " UTF-8 (in a spreadsheet: \"CSV UTF-8\") and drop it again");
            } else if (buffer[i] == '\0') {
                throw new UnreadableFileException("line " + line + " holds a NUL character: this is a binary file,"
                        + " not JSON, NDJSON or CSV text");
            }
        }
        return count;
    }
}
