package dev.camelpardot.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = Json.parse(" {\"s\":\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\", \"i\":-12, \"d\":1.5e2, \"t\":true,"
                + " \"f\":false, \"n\":null, \"a\":[1,[],{}], \"big\":12345678901234567890} ");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.get("s")).isEqualTo("a\"b\\c/d\né\uD83D\uDE00");
        assertThat(map.get("i")).isEqualTo(-12L);
        assertThat(map.get("d")).isEqualTo(new BigDecimal("1.5e2"));
        assertThat(map.get("t")).isEqualTo(true);
        assertThat(map.get("f")).isEqualTo(false);
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
        assertThat(map.get("a")).isEqualTo(List.of(1L, List.of(), Map.of()));
        assertThat(map.get("big")).isEqualTo(new BigDecimal("12345678901234567890"));
        assertThat(map.keySet()).containsExactly("s", "i", "d", "t", "f", "n", "a", "big");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "'x'", "\"unterminated",
            "tru", "nul", "01", "1.", "-", "1e", "\"\\x\"", "\"\\u12\"", "\"tab\there\"", "{} {}", "[1 2]", "+1", "NaN"})
    void rejectsInvalidJson(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(Json.JsonException.class);
    }

    @Test
    void rejectsNestingTooDeepInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');
        assertThatThrownBy(() -> Json.parse(new String(open))).isInstanceOf(Json.JsonException.class)
                .hasMessageContaining("nesting");
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "quote\" backslash\\ newline\n tab\t control\u0001 é");
        map.put("number", 42L);
        map.put("decimal", new BigDecimal("0.25"));
        map.put("double", 0.5);
        map.put("flag", false);
        map.put("nothing", null);
        map.put("list", List.of("a", 1L));
        String written = Json.write(map);
        assertThat(written).contains("\\u0001").contains("\\n").contains("\\\"");
        Map<?, ?> back = (Map<?, ?>) Json.parse(written);
        assertThat(back.get("text")).isEqualTo(map.get("text"));
        assertThat(back.get("double")).isEqualTo(new BigDecimal("0.5"));
        assertThat(back.get("list")).isEqualTo(List.of("a", 1L));
    }

    @Test
    void quotesStrings() {
        assertThat(Json.quote("a\"b")).isEqualTo("\"a\\\"b\"");
    }
}
