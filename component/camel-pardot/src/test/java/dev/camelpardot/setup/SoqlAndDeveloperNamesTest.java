package dev.camelpardot.setup;

import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoqlAndDeveloperNamesTest {

    @Test
    void literalsEscapeQuotesAndBackslashes() {
        assertThat(Soql.literal("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(Soql.literal("a\\' OR Id != '")).isEqualTo("'a\\\\\\' OR Id != \\''");
        assertThat(Soql.literal("line\nbreak")).isEqualTo("'line\\nbreak'");
        assertThat(Soql.eq("DeveloperName", "Webinar")).isEqualTo("DeveloperName = 'Webinar'");
    }

    @Test
    void recordIdsAreCheckedBeforeUse() {
        assertThat(Soql.recordId("id", "0XM000000000001AAA")).isEqualTo("0XM000000000001AAA");
        assertThat(Soql.recordId("id", "0XM000000000001")).isEqualTo("0XM000000000001");
        assertThatThrownBy(() -> Soql.recordId("id", "0XM' OR Id != '")).isInstanceOf(PardotValidationException.class);
    }

    @Test
    void developerNameRules() {
        assertThat(DeveloperNames.validate("developerName", "Webinar_Service2")).isEqualTo("Webinar_Service2");
        String longest = "x".repeat(DeveloperNames.MAX_LENGTH);
        assertThat(DeveloperNames.validate("developerName", longest)).as("exactly the limit").isEqualTo(longest);
        assertThatThrownBy(() -> DeveloperNames.validate("extension", longest + "x"))
                .hasMessageStartingWith("extension '" + longest + "x' is 81 characters; at most 80 are accepted");
        for (String bad : new String[] { "1Webinar", "Web inar", "Webinar_", "Web__inar", "Web-inar", "O'Brien", "",
                                         "x".repeat(81) }) {
            assertThatThrownBy(() -> DeveloperNames.validate("developerName", bad)).as(bad)
                    .isInstanceOf(PardotValidationException.class)
                    .satisfies(e -> assertThat(((PardotValidationException) e).getField()).isEqualTo("developerName"));
        }
    }
}
