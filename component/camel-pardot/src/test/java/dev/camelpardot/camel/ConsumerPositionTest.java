package dev.camelpardot.camel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the consumer starts and what it asks for, without the network. */
class ConsumerPositionTest {

    @Test
    void theStoredPositionWinsUnlessTheOptionsStartLater() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("k", "500");

        assertThat(ConsumerPosition.open(repository, "k", null).lastId()).isEqualTo(500L);
        assertThat(ConsumerPosition.open(repository, "k", 400L).lastId()).isEqualTo(500L);
        assertThat(ConsumerPosition.open(repository, "k", 900L).lastId()).as("raising idGreaterThan moves on")
                .isEqualTo(900L);
        assertThat(ConsumerPosition.open(repository, "other", null).lastId()).as("nothing stored: the oldest").isNull();
    }

    @Test
    void advancingStoresTheIdUnderTheKey() {
        MemoryStateRepository repository = new MemoryStateRepository();
        ConsumerPosition position = ConsumerPosition.open(repository, "k", null);

        position.advance(42);

        assertThat(position.lastId()).isEqualTo(42L);
        assertThat(repository.getState("k")).isEqualTo("42");
    }

    @Test
    void somethingElseThanAnIdUnderTheKeyIsNamed() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("k", "yesterday");

        assertThatThrownBy(() -> ConsumerPosition.open(repository, "k", null))
                .hasMessage("the offsetRepository holds 'yesterday' under the key 'k', which is not an activity id:"
                            + " remove that entry, or set offsetKey to another key");
    }

    @Test
    void theOptionsLowerIdBoundsBecomeTheStartAndLeaveTheQuery() {
        assertThat(ConsumerQueries.startAfter(query(Map.of(QueryFilter.ID_GREATER_THAN, 10L)))).isEqualTo(10L);
        assertThat(ConsumerQueries.startAfter(query(Map.of(QueryFilter.ID_GREATER_THAN_OR_EQUAL_TO, 10L)))).isEqualTo(9L);
        assertThat(ConsumerQueries.startAfter(query(Map.of(QueryFilter.ID_GREATER_THAN, 10L,
                QueryFilter.ID_GREATER_THAN_OR_EQUAL_TO, 20L)))).isEqualTo(19L);
        assertThat(ConsumerQueries.startAfter(query(Map.of(QueryFilter.ID_LESS_THAN, 10L)))).isNull();

        ActivityQuery base = ConsumerQueries.base(query(Map.of(QueryFilter.ID_GREATER_THAN, 10L,
                QueryFilter.ID_LESS_THAN, 99L, QueryFilter.TYPE, "Attended")));
        assertThat(base.fields()).isEqualTo("id,type,value");
        assertThat(base.parameters()).containsExactly(Map.entry("idLessThan", "99"), Map.entry("type", "Attended"),
                Map.entry("orderBy", "id asc"));
        assertThat(ConsumerQueries.after(base, 7L).parameters()).containsEntry("idGreaterThan", "7");
    }

    @Test
    void theDefaultKeyNamesTheBusinessUnitAndTheFilters() {
        ActivityQuery options = query(Map.of(QueryFilter.EXTENSION, "Webinar",
                QueryFilter.CREATED_AT_AFTER, OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));

        String key = ConsumerQueries.defaultKey("0Uv000000000001AAA", options);

        assertThat(key).isEqualTo("external-activity 0Uv000000000001AAA createdAtAfter:2025-01-01T00:00:00+00:00"
                                  + " extension:Webinar");
        assertThat(key).doesNotContain("=").doesNotContain("\n");
    }

    @Test
    void aRecordsIdIsANumber() {
        assertThat(ConsumerQueries.id(Map.of("id", 1000001))).isEqualTo(1000001L);
        assertThat(ConsumerQueries.id(Map.of("id", "1000002"))).isEqualTo(1000002L);
        assertThatThrownBy(() -> ConsumerQueries.id(Map.of("id", "a1"))).hasMessageContaining("numeric ids");
    }

    private static ActivityQuery query(Map<QueryFilter, Object> filters) {
        return new ActivityQuery("type,value", null, null, new EnumMap<>(filters));
    }
}
