package dev.camelpardot.app.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelpardot.app.activity.RecordFormat;
import dev.camelpardot.app.activity.RecordProblem;
import org.junit.jupiter.api.Test;

class RecordRereaderTest {

    @Test
    void aCsvRowIsReadUnderItsHeaderWithItsSeparator() {
        RawRecord record = RecordRereader.read("\"a;b \"\"c\"\"\";ada@example.com", RecordFormat.csv(" VALUE ; Email", ';'), 9);

        assertThat(record.isReadable()).isTrue();
        assertThat(record.line()).isEqualTo(9);
        assertThat(record.node().get("value").asText()).isEqualTo("a;b \"c\"");
        assertThat(record.node().get("email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void aRowThatDoesNotFitItsHeaderSaysWhy() {
        RawRecord record = RecordRereader.read("ada@example.com", RecordFormat.csv("email,value", ','), 3);

        assertThat(record.isReadable()).isFalse();
        assertThat(record.unreadable()).contains("1 cells").contains("header has 2");
    }

    @Test
    void jsonIsReadWholeAsTheIntakeReadsIt() {
        assertThat(RecordRereader.read("{\"email\":\"a@example.com\"}\t", RecordFormat.NDJSON, 2).isReadable()).isTrue();
        assertThat(RecordRereader.read("[{\"email\":\"a@example.com\"}]", RecordFormat.JSON, 1).node().isArray()).isTrue();
        assertThat(RecordRereader.read("not json {", RecordFormat.JSON, 1).unreadable()).startsWith("invalid JSON");
        assertThat(RecordRereader.read("  ", RecordFormat.NDJSON, 1).unreadable()).isEqualTo("the record is blank");
    }

    @Test
    void missingFieldsAreNamedInTheWordsOfTheFile() {
        RawRecord row = RecordRereader.read(";x", RecordFormat.csv("email;value", ';'), 2);
        RawRecord line = RecordRereader.read("{\"value\":\"x\"}", RecordFormat.NDJSON, 2);
        RecordProblem problem = new RecordProblem(2, "email", "email is missing: set it in the body or the"
                + " CamelPardotEmail header", null);

        assertThat(FileReasons.of(row, problem)).isEqualTo("email is missing: fill in the email column of this row,"
                + " e.g. jane@example.com");
        assertThat(FileReasons.of(line, problem)).isEqualTo("email is missing: add \"email\": \"jane@example.com\" to"
                + " the record");
    }
}
