package dev.camelpardot.camel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * external-activity query with the v5 filters and ordering, as options and as headers, against the emulator (which
 * refuses an unknown parameter with error 5, so a misnamed filter cannot pass); values checked before the call.
 */
class ExternalActivityQueryFiltersTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String QUERY = "pardot:external-activity?operation=query&fields=id,type,value,activityDate";

    private CamelHarness camel;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        EMULATOR.state().seedReadySetup("Webinar", "Registered", "Attended");
        camel = CamelHarness.start(EMULATOR);
        // six activities, one a day from 1 January 2025, alternately registered and attended
        for (int day = 1; day <= 6; day++) {
            String type = day % 2 == 1 ? "Registered" : "Attended";
            Exchange created = camel.send("pardot:external-activity?extension=Webinar&type=" + type,
                    Map.of("email", "day" + day + "@example.com", "value", "day " + day,
                            "activityDate", OffsetDateTime.of(2025, 1, day, 12, 0, 0, 0, ZoneOffset.UTC)));
            assertThat(created.getException()).isNull();
            ids.add(Long.valueOf(created.getMessage().getHeader(PardotConstants.ACTIVITY_ID, String.class)));
        }
    }

    @AfterEach
    void tearDown() {
        camel.close();
    }

    @Test
    void filtersAndOrderAsUriOptions() {
        assertThat(values(query(QUERY + "&activityDateAfter=2025-01-04T00:00:00Z"))).containsExactly("day 4", "day 5",
                "day 6");
        assertThat(values(query(QUERY + "&filterType=Attended&orderBy=id desc"))).containsExactly("day 6", "day 4",
                "day 2");
        assertThat(values(query(QUERY + "&idGreaterThan=" + ids.get(1) + "&idLessThanOrEqualTo=" + ids.get(3))))
                .containsExactly("day 3", "day 4");
        assertThat(values(query(QUERY + "&activityDateBeforeOrEqualTo=2025-01-02T12:00:00Z&filterExtension=Webinar")))
                .containsExactly("day 1", "day 2");
    }

    @Test
    void aPositiveOffsetWhosePlusBecameASpaceInTheUriIsReadAsPlus() {
        // Camel decodes '+' in a URI query to a space; 13:00+01:00 is 12:00Z, so "after" it excludes day 3 itself
        assertThat(values(query(QUERY + "&activityDateAfter=2025-01-03T13:00:00+01:00"))).containsExactly("day 4",
                "day 5", "day 6");
        assertThat(values(query(QUERY + "&activityDateAfterOrEqualTo=2025-01-03T13:00:00%2B01:00")))
                .containsExactly("day 3", "day 4", "day 5", "day 6");
    }

    @Test
    void headersOverrideTheOptionsForOneExchange() {
        Exchange exchange = camel.send(QUERY + "&filterType=Attended&idGreaterThan=0", e -> {
            e.getMessage().setHeader(PardotConstants.FILTER_TYPE, "Registered");
            e.getMessage().setHeader(PardotConstants.ID_GREATER_THAN, ids.get(0));
            e.getMessage().setHeader(PardotConstants.ACTIVITY_DATE_BEFORE,
                    OffsetDateTime.of(2025, 1, 5, 13, 0, 0, 0, ZoneOffset.ofHours(1)));
            e.getMessage().setHeader(PardotConstants.ORDER_BY, "activityDate desc");
        });

        assertThat(values(exchange)).containsExactly("day 3");
        Exchange instant = camel.send(QUERY, e -> e.getMessage().setHeader(PardotConstants.ACTIVITY_DATE_AFTER_OR_EQUAL_TO,
                "2025-01-06T12:00:00Z"));
        assertThat(values(instant)).containsExactly("day 6");
    }

    @Test
    void pageTokensCarryTheFiltersToTheLastPage() {
        List<Object> all = new ArrayList<>();
        String token = null;
        do {
            String pageToken = token;
            Exchange page = camel.send(QUERY + "&limit=1&filterType=Attended&orderBy=id desc", e -> {
                e.getMessage().setBody(null);
                e.getMessage().setHeader(PardotConstants.NEXT_PAGE_TOKEN, pageToken);
            });
            assertThat(page.getException()).isNull();
            all.addAll(values(page));
            token = page.getMessage().getHeader(PardotConstants.NEXT_PAGE_TOKEN, String.class);
        } while (token != null);

        assertThat(all).containsExactly("day 6", "day 4", "day 2");
    }

    @Test
    void streamResultsFollowsTheFilters() {
        Exchange exchange = camel.send(QUERY + "&limit=2&streamResults=true&activityDateAfter=2025-01-02T00:00:00Z",
                (Object) null);

        List<Object> all = new ArrayList<>();
        exchange.getMessage().getBody(java.util.Iterator.class).forEachRemaining(r -> all.add(((Map<?, ?>) r).get("value")));
        assertThat(all).containsExactly("day 2", "day 3", "day 4", "day 5", "day 6");
    }

    @Test
    void readAndQueryTakeTheFieldsHeader() {
        Exchange read = camel.send("pardot:external-activity?operation=read", e -> {
            e.getMessage().setHeader(PardotConstants.ACTIVITY_ID, String.valueOf(ids.get(0)));
            e.getMessage().setHeader(PardotConstants.FIELDS, List.of("id", "prospectId", "typeSalesforceId", "createdById"));
        });
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsOnlyKeys("id", "prospectId", "typeSalesforceId",
                "createdById");

        Exchange query = camel.send(QUERY, e -> e.getMessage().setHeader(PardotConstants.FIELDS, "id,updatedAt"));
        assertThat(query.getMessage().getBody(List.class)).hasSize(6)
                .allSatisfy(r -> assertThat(new ArrayList<Object>(((Map<?, ?>) r).keySet())).containsOnly("id", "updatedAt"));
    }

    @Test
    void badHeaderValuesAreRefusedBeforeAnyCallNamingTheHeader() {
        long callsBefore = EMULATOR.state().responses().values().stream().mapToLong(Long::longValue).sum();

        assertThat(refusal(PardotConstants.ID_GREATER_THAN, "ten")).isEqualTo(PardotConstants.ID_GREATER_THAN);
        assertThat(refusal(PardotConstants.CREATED_AT_AFTER, "2025-01-01T00:00:00")).isEqualTo(
                PardotConstants.CREATED_AT_AFTER);
        assertThat(refusal(PardotConstants.ORDER_BY, "id sideways")).isEqualTo(PardotConstants.ORDER_BY);
        assertThat(refusal(PardotConstants.FILTER_TYPE, "not a name")).isEqualTo(PardotConstants.FILTER_TYPE);
        assertThat(refusal(PardotConstants.FIELDS, "id,,email")).isEqualTo(PardotConstants.FIELDS);

        Exchange noOffset = camel.send(QUERY, e -> e.getMessage().setHeader(PardotConstants.UPDATED_AT_BEFORE,
                "2025-01-01T00:00:00"));
        assertThat(noOffset.getException()).hasMessage("CamelPardotUpdatedAtBefore '2025-01-01T00:00:00' has no offset;"
                + " Account Engagement needs ISO-8601 with an offset: add one, e.g. 2021-01-01T11:08:00+00:00, or pass"
                + " an OffsetDateTime or Instant");
        assertThat(EMULATOR.state().responses().values().stream().mapToLong(Long::longValue).sum())
                .as("no call was made").isEqualTo(callsBefore);
    }

    @Test
    void badOptionsFailTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> camel.send(QUERY + "&createdAtAfter=2025-01-01", (Object) null))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("name: createdAtAfter").hasStackTraceContaining("has no offset");
        // Camel alone would bind "5s" as 5000 (a time pattern) and "abc" as 0
        assertThatThrownBy(() -> camel.send(QUERY + "&prospectIdGreaterThan=abc", (Object) null))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("prospectIdGreaterThan 'abc' is not a whole number");
        assertThatThrownBy(() -> camel.send(QUERY + "&idGreaterThan=5s", (Object) null))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("idGreaterThan '5s'");
        // checked when the endpoint starts
        assertThatThrownBy(() -> camel.send(QUERY + "&orderBy=id,,createdAt", (Object) null))
                .hasMessageContaining("orderBy 'id,,createdAt' has '': each item is a field and an optional asc or"
                                         + " desc");
    }

    private String refusal(String header, Object value) {
        Exchange exchange = camel.send(QUERY, e -> e.getMessage().setHeader(header, value));
        assertThat(exchange.getException()).isInstanceOf(PardotValidationException.class).hasMessageContaining(header);
        return ((PardotValidationException) exchange.getException()).getField();
    }

    private Exchange query(String uri) {
        Exchange exchange = camel.send(uri, (Object) null);
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    private static List<Object> values(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        List<Object> values = new ArrayList<>();
        for (Object record : exchange.getMessage().getBody(List.class)) {
            values.add(((Map<?, ?>) record).get("value"));
        }
        return values;
    }
}
