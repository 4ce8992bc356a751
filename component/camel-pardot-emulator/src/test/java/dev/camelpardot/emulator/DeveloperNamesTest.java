package dev.camelpardot.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeveloperNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Webinar", "webinar_service", "A", "Type_2_b", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void acceptsWellFormedNames(String name) {
        assertThat(DeveloperNames.violation(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "'', empty",
            "1webinar, begin with a letter",
            "_webinar, begin with a letter",
            "web inar, contains ' '",
            "web-inar, contains '-'",
            "webinär, contains 'ä'",
            "webinar_, ends with an underscore",
            "web__inar, two consecutive underscores",
            "abcdefghijabcdefghijabcdefghijabcdefghijX, longer than 40"})
    void namesTheBrokenRule(String name, String rule) {
        assertThat(DeveloperNames.violation(name)).contains(rule);
    }

    @Test
    void derivesNamesFromLabels() {
        assertThat(DeveloperNames.fromLabel("Webinar Service", n -> false)).isEqualTo("Webinar_Service");
        assertThat(DeveloperNames.fromLabel("  Sign-up -- form! ", n -> false)).isEqualTo("Sign_up_form");
        assertThat(DeveloperNames.fromLabel("2024 Event", n -> false)).isEqualTo("X2024_Event");
        assertThat(DeveloperNames.fromLabel("???", n -> false)).isEqualTo("X");
        assertThat(DeveloperNames.fromLabel("Webinar", Set.of("Webinar", "Webinar_1")::contains)).isEqualTo("Webinar_2");
        String longName = DeveloperNames.fromLabel("a".repeat(60), n -> n.equals("a".repeat(40)));
        assertThat(longName).hasSizeLessThanOrEqualTo(40).endsWith("_1");
        assertThat(DeveloperNames.violation(longName)).isNull();
    }
}
