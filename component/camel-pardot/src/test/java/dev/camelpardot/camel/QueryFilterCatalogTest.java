package dev.camelpardot.camel;

import java.util.Set;
import java.util.stream.Collectors;

import dev.camelpardot.docs.ComponentCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each filter is an endpoint option and a header of the catalog, under the names its enum constant gives. */
class QueryFilterCatalogTest {

    private final ComponentCatalog catalog = ComponentCatalog.load("pardot");

    @Test
    void everyFilterHasItsOptionAndItsHeader() {
        Set<String> options = catalog.endpointOptions().stream().map(ComponentCatalog.Entry::name).collect(Collectors.toSet());
        Set<String> headers = catalog.headers().stream().map(ComponentCatalog.Entry::name).collect(Collectors.toSet());
        for (QueryFilter filter : QueryFilter.values()) {
            assertThat(options).as(filter + " option").contains(filter.option());
            assertThat(headers).as(filter + " header").contains(filter.header());
            assertThat(filter.header()).isEqualTo("CamelPardot" + Character.toUpperCase(filter.option().charAt(0))
                                                  + filter.option().substring(1));
        }
    }

    @Test
    void theIdFiltersAreLongsAndTheDateTimeFiltersOffsetDateTimes() {
        for (QueryFilter filter : QueryFilter.values()) {
            String javaType = catalog.endpointOptions().stream().filter(e -> e.name().equals(filter.option())).findFirst()
                    .orElseThrow().javaType();
            String expected = switch (filter.kind()) {
                case ID -> "java.lang.Long";
                case DATE_TIME -> "java.time.OffsetDateTime";
                case NAME -> "java.lang.String";
            };
            assertThat(javaType).as(filter.option()).isEqualTo(expected);
        }
    }
}
