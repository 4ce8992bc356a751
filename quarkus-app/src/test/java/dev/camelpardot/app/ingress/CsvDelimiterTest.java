package dev.camelpardot.app.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvDelimiterTest {

    @Test
    void detectsTheSeparatorTheHeaderUsesMostOutsideQuotes() {
        assertThat(CsvDelimiter.AUTO.forHeader("email,value,type")).isEqualTo(',');
        assertThat(CsvDelimiter.AUTO.forHeader("email;value;type")).isEqualTo(';');
        assertThat(CsvDelimiter.AUTO.forHeader("\"name, full\";email;value")).isEqualTo(';');
        assertThat(CsvDelimiter.AUTO.forHeader("email\tvalue")).isEqualTo('\t');
        assertThat(CsvDelimiter.AUTO.forHeader("email")).isEqualTo(',');
    }

    @Test
    void aConfiguredSeparatorWins() {
        assertThat(CsvDelimiter.parse(";").forHeader("email,value")).isEqualTo(';');
        assertThat(CsvDelimiter.parse("tab").forHeader("email,value")).isEqualTo('\t');
        assertThat(CsvDelimiter.parse("auto")).isEqualTo(CsvDelimiter.AUTO);
        assertThatThrownBy(() -> CsvDelimiter.parse("|")).hasMessageContaining("pardot.ingress.csv.delimiter");
    }
}
