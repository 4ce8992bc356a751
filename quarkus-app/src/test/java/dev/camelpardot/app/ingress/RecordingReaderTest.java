package dev.camelpardot.app.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class RecordingReaderTest {

    @Test
    void givesBackLinesAsWrittenWhateverTheLineBreaks() throws Exception {
        RecordingReader reader = new RecordingReader(new StringReader("a,\"b\"\r\n\"multi\nline\"\rlast"));
        char[] buffer = new char[100];
        while (reader.read(buffer, 0, buffer.length) > 0) {
            // read everything, as a parser with read-ahead would
        }
        assertThat(reader.lines(0, 1)).isEqualTo("a,\"b\"");
        assertThat(reader.lines(7, 2)).isEqualTo("\"multi\nline\"");
        assertThat(reader.lines(20, 1)).isEqualTo("last");
        assertThat(reader.text(2, 5)).isEqualTo("\"b\"");
    }

    @Test
    void forgetsWhatWasReleased() throws Exception {
        RecordingReader reader = new RecordingReader(new StringReader("first\nsecond"));
        reader.read(new char[100], 0, 100);
        reader.release(6);
        assertThat(reader.lines(6, 1)).isEqualTo("second");
        assertThatThrownBy(() -> reader.text(0, 5)).isInstanceOf(IllegalStateException.class);
    }
}
