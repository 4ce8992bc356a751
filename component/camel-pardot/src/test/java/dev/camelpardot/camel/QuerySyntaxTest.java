package dev.camelpardot.camel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.convert.DateTimeConverters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shape checks of field lists, orderBy and date-time text, made before any call. */
class QuerySyntaxTest {

    @Test
    void fieldLists() {
        assertThat(QuerySyntax.fieldsProblem("fields", "id, prospectId,createdBy.id")).isNull();
        assertThat(QuerySyntax.fieldsProblem("fields", "id;email")).isEqualTo("fields 'id;email' has 'id;email', which"
                + " is not a field name: list names separated by commas, e.g. " + PardotConfiguration.DEFAULT_FIELDS);
        assertThat(QuerySyntax.fieldsProblem("fields", " ")).startsWith("fields is empty");
        assertThat(QuerySyntax.withId("type,value")).isEqualTo("id,type,value");
        assertThat(QuerySyntax.withId("type, ID")).isEqualTo("type, ID");
    }

    @Test
    void orderBy() {
        assertThat(QuerySyntax.orderByProblem("orderBy", "createdAt desc, id ASC")).isNull();
        assertThat(QuerySyntax.orderByProblem("orderBy", "id")).isNull();
        assertThat(QuerySyntax.orderByProblem("orderBy", "id up")).contains("'id up'");
        assertThat(QuerySyntax.orderByProblem("orderBy", "id desc now")).isNotNull();
        assertThat(QuerySyntax.orderByProblem("orderBy", "")).startsWith("orderBy is empty");
    }

    @Test
    void dateTimeTextNeedsAnOffsetAndSurvivesAUriThatLostItsPlus() {
        OffsetDateTime expected = OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        assertThat(DateTimeConverters.toOffsetDateTime("2025-01-01T10:00:00+01:00")).isEqualTo(expected);
        assertThat(DateTimeConverters.toOffsetDateTime("2025-01-01T10:00:00 01:00")).isEqualTo(expected);
        assertThat(DateTimeConverters.toOffsetDateTime("2025-01-01T09:00:00Z")).isEqualTo(
                OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> DateTimeConverters.toOffsetDateTime("2025-01-01T10:00:00"))
                .isInstanceOf(PardotValidationException.class).hasMessageContaining("has no offset");
        assertThatThrownBy(() -> DateTimeConverters.toOffsetDateTime("yesterday"))
                .isInstanceOf(PardotValidationException.class).hasMessageContaining("is not an ISO-8601 date-time");
    }

    @Test
    void headerValuesOfEachKind() {
        assertThat(QueryFilter.ID_LESS_THAN.fromHeader(" 12 ")).isEqualTo(12L);
        assertThat(QueryFilter.ID_LESS_THAN.fromHeader(12)).isEqualTo(12L);
        assertThat(QueryFilter.CREATED_AT_AFTER.wire(QueryFilter.CREATED_AT_AFTER.fromHeader(
                java.time.Instant.parse("2025-01-01T00:00:00.750Z")))).isEqualTo("2025-01-01T00:00:00+00:00");
        assertThat(QueryFilter.TYPE.fromHeader("Attended")).isEqualTo("Attended");
        assertThatThrownBy(() -> QueryFilter.PROSPECT_ID.fromHeader(1.5))
                .isInstanceOf(PardotValidationException.class)
                .hasMessage("CamelPardotProspectId '1.5' is not a whole number: ids are numbers, e.g. 1000001 (the id"
                            + " field of an activity)");
    }
}
