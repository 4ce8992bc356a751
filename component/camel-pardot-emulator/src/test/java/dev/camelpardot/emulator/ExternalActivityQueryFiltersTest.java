package dev.camelpardot.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.ExternalActivityCreateTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The v5 query conventions on external activities: filters, orderBy, offset, deleted, and what a page token carries. */
class ExternalActivityQueryFiltersTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private static final String QUERY = "/api/v5/external-activities?fields=id,activityDate,createdAt";

    private ApiClient api;

    @BeforeEach
    void setUp() {
        EMULATOR.state().seedReadySetup("Webinar", "Registered", "Attended");
        api = new ApiClient(EMULATOR.emulator());
    }

    @Test
    void idFiltersSelectARangeAndTheirBoundsAreExclusiveOrInclusiveAsNamed() {
        List<Long> ids = createMany(5);
        assertThat(ids(QUERY + "&idGreaterThan=" + ids.get(1))).containsExactlyElementsOf(ids.subList(2, 5));
        assertThat(ids(QUERY + "&idGreaterThanOrEqualTo=" + ids.get(1))).containsExactlyElementsOf(ids.subList(1, 5));
        assertThat(ids(QUERY + "&idLessThan=" + ids.get(3))).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(ids(QUERY + "&idLessThanOrEqualTo=" + ids.get(3))).containsExactlyElementsOf(ids.subList(0, 4));
        assertThat(ids(QUERY + "&idGreaterThan=" + ids.get(0) + "&idLessThan=" + ids.get(4)))
                .containsExactlyElementsOf(ids.subList(1, 4));
    }

    @Test
    void activityDateFiltersCompareInstantsWhateverTheOffset() {
        long january = create("a@example.com", "2024-01-01T01:00:00+02:00"); // 2023-12-31T23:00Z
        long february = create("b@example.com", "2024-02-01T12:00:00-05:00");
        long march = create("c@example.com", "2024-03-01T00:00:00Z");

        assertThat(ids(QUERY + "&activityDateBefore=2024-01-01T00:00:00Z")).containsExactly(january);
        assertThat(ids(QUERY + "&activityDateAfter=2024-01-15T00:00:00%2B00:00")).containsExactly(february, march);
        assertThat(ids(QUERY + "&activityDateAfterOrEqualTo=2024-03-01T01:00:00%2B01:00")).containsExactly(march);
        assertThat(ids(QUERY + "&activityDateAfter=2024-03-01T01:00:00%2B01:00")).isEmpty();
        assertThat(ids(QUERY + "&activityDateBeforeOrEqualTo=2024-02-01T17:00:00Z")).containsExactly(january, february);
    }

    @Test
    void createdAtAndUpdatedAtFiltersUseTheRecordedTime() {
        List<Long> ids = createMany(3);
        String createdAt = (String) read(ids.get(0)).get("createdAt");
        String encoded = UrlEncoded.encode(createdAt);
        Instant first = OffsetDateTime.parse(createdAt).toInstant();

        assertThat(ids(QUERY + "&createdAtAfterOrEqualTo=" + encoded)).contains(ids.get(0));
        assertThat(ids(QUERY + "&createdAtAfter=" + encoded)).doesNotContain(ids.get(0));
        values(QUERY + "&createdAtAfter=" + encoded).forEach(v ->
                assertThat(OffsetDateTime.parse((String) v.get("createdAt")).toInstant()).isAfter(first));
        assertThat(ids(QUERY + "&createdAtBefore=" + encoded)).isEmpty();
        assertThat(ids(QUERY + "&createdAtBeforeOrEqualTo=" + encoded)).contains(ids.get(0));
        assertThat(ids(QUERY + "&updatedAtAfter=2000-01-01T00:00:00Z")).containsExactlyElementsOf(ids);
        assertThat(ids(QUERY + "&updatedAtBefore=2000-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void prospectExtensionAndTypeSelectByEquality() {
        long ann = create("ann@example.com", "2024-01-01T00:00:00Z");
        long bob = create("bob@example.com", "2024-01-01T00:00:00Z");
        TestHttp.Response attended = api.createActivity(ApiClient.activity("Webinar", "Attended", "ann@example.com", "v"));
        long annAttended = ((Number) attended.object().get("id")).longValue();
        long annProspect = ((Number) read(ann).get("prospectId")).longValue();

        assertThat(ids(QUERY + "&prospectId=" + annProspect)).containsExactly(ann, annAttended);
        assertThat(ids(QUERY + "&type=attended")).containsExactly(annAttended);
        assertThat(ids(QUERY + "&extension=Webinar&type=Registered")).containsExactly(ann, bob);
        assertThat(ids(QUERY + "&extension=Other")).isEmpty();
    }

    @Test
    void malformedFilterValuesAreRefused() {
        assertError(api.v5Get(QUERY + "&idGreaterThan=ten"), 400, 16, "idGreaterThan");
        assertError(api.v5Get(QUERY + "&createdAtAfter=yesterday"), 400, 7, "createdAtAfter");
        assertError(api.v5Get(QUERY + "&activityDateAfter=2024-01-01"), 400, 7, "offset");
        // an unencoded "+" of a positive offset arrives as a space
        assertError(api.v5Get(QUERY + "&activityDateAfter=2024-01-01T00:00:00+01:00"), 400, 7, "%2B");
    }

    @Test
    void unknownParametersAreRefusedOnQueryAndRead() {
        long id = createMany(1).get(0);
        assertError(api.v5Get(QUERY + "&createdAfter=2024-01-01T00:00:00Z"), 400, 5, "createdAfter");
        assertError(api.v5Get(QUERY + "&emailEquals=a@example.com"), 400, 5, "emailEquals");
        assertError(api.v5Get("/api/v5/external-activities/" + id + "?fields=id&limit=5"), 400, 5, "limit");
    }

    @Test
    void filtersOnMoreThanThreeFieldsAreRefused() {
        List<Long> ids = createMany(2);
        String three = QUERY + "&idGreaterThan=1&idLessThan=" + (ids.get(1) + 1) + "&createdAtAfter=2000-01-01T00:00:00Z"
                + "&activityDateAfter=2000-01-01T00:00:00Z";
        assertThat(ids(three)).as("two filters on id count as one field").containsExactlyElementsOf(ids);
        assertError(api.v5Get(three + "&type=Registered"), 400, 209, "3 distinct fields");
    }

    @Test
    void orderByTakesFieldsAndDirections() {
        long first = create("a@example.com", "2024-03-01T00:00:00Z");
        long second = create("b@example.com", "2024-01-01T00:00:00Z");
        long third = create("c@example.com", "2024-03-01T00:00:00Z");

        assertThat(ids(QUERY + "&orderBy=id%20desc")).containsExactly(third, second, first);
        assertThat(ids(QUERY + "&orderBy=activityDate")).containsExactly(second, first, third);
        assertThat(ids(QUERY + "&orderBy=activityDate%20DESC")).as("ties follow the first field's direction")
                .containsExactly(third, first, second);
        assertThat(ids(QUERY + "&orderBy=activityDate%20desc,id%20asc")).containsExactly(first, third, second);
        assertThat(ids(QUERY + "&orderBy=createdAt%20desc")).containsExactly(third, second, first);
        assertThat(ids(QUERY + "&orderBy=updatedAt")).containsExactly(first, second, third);
    }

    @Test
    void badOrderByIsRefused() {
        assertError(api.v5Get(QUERY + "&orderBy=email"), 400, 19, "email");
        assertError(api.v5Get(QUERY + "&orderBy=id%20sideways"), 400, 19, "sideways");
        assertError(api.v5Get(QUERY + "&orderBy="), 400, 19, "orderBy");
    }

    @Test
    void offsetSkipsAndDeletedSelectsNothingDeleted() {
        List<Long> ids = createMany(4);
        assertThat(ids(QUERY + "&offset=1&limit=2")).containsExactlyElementsOf(ids.subList(1, 3));
        assertError(api.v5Get(QUERY + "&offset=2001"), 400, 13, "offset");
        assertThat(ids(QUERY + "&deleted=true")).isEmpty();
        assertThat(ids(QUERY + "&deleted=all")).containsExactlyElementsOf(ids);
        assertError(api.v5Get(QUERY + "&deleted=maybe"), 400, 13, "deleted");
    }

    @Test
    void aPageTokenCarriesFiltersOrderAndLimit() {
        List<Long> ids = createMany(6);
        TestHttp.Response first = api.v5Get(QUERY + "&orderBy=id%20desc&limit=2&idGreaterThan=" + ids.get(0));
        List<Long> seen = new ArrayList<>(ids(first));
        String token = (String) first.object().get("nextPageToken");
        TestHttp.Response second = api.v5Get(QUERY + "&nextPageToken=" + token);
        seen.addAll(ids(second));
        String nextUrl = (String) second.object().get("nextPageUrl");
        TestHttp.Response third = api.v5Get(nextUrl.substring(EMULATOR.baseUrl().length()));
        seen.addAll(ids(third));

        assertThat(seen).containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2), ids.get(1));
        assertThat(third.object().get("nextPageToken")).isNull();
    }

    @Test
    void onlyFieldsMayAccompanyAPageToken() {
        createMany(3);
        String token = (String) api.v5Get(QUERY + "&limit=1").object().get("nextPageToken");
        assertError(api.v5Get(QUERY + "&nextPageToken=" + token + "&limit=1"), 400, 5, "limit");
        assertError(api.v5Get(QUERY + "&nextPageToken=" + token + "&orderBy=id"), 400, 5, "orderBy");
        assertThat(api.v5Get(QUERY + "&nextPageToken=" + token).status()).isEqualTo(200);
    }

    @Test
    void recordsAddedWhilePagingAreNeitherRepeatedNorSkipped() {
        List<Long> ids = createMany(3);
        TestHttp.Response oldestFirst = api.v5Get(QUERY + "&limit=2");
        TestHttp.Response newestFirst = api.v5Get(QUERY + "&limit=2&orderBy=id%20desc");
        long added = createMany(1).get(0);

        List<Long> ascending = new ArrayList<>(ids(oldestFirst));
        ascending.addAll(ids(api.v5Get(QUERY + "&nextPageToken=" + oldestFirst.object().get("nextPageToken"))));
        assertThat(ascending).containsExactly(ids.get(0), ids.get(1), ids.get(2), added);

        List<Long> descending = new ArrayList<>(ids(newestFirst));
        descending.addAll(ids(api.v5Get(QUERY + "&nextPageToken=" + newestFirst.object().get("nextPageToken"))));
        assertThat(descending).as("the sequence started before it was added").containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void aPageTokenExpiresAfterFourHours() {
        List<Long> ids = createMany(2);
        String stale = PageTokens.encode(new PageTokens.Page(BUSINESS_UNIT_ID, Map.of("limit", "1"),
                Long.toString(ids.get(0)), Instant.now().minus(4, ChronoUnit.HOURS).minusSeconds(60)));
        assertError(api.v5Get(QUERY + "&nextPageToken=" + stale), 400, 210, "expired");
        String fresh = PageTokens.encode(new PageTokens.Page(BUSINESS_UNIT_ID, Map.of("limit", "1"),
                Long.toString(ids.get(0)), Instant.now().minus(3, ChronoUnit.HOURS)));
        assertThat(ids(QUERY + "&nextPageToken=" + fresh)).containsExactly(ids.get(1));
    }

    @Test
    void aPageTokenOfAnotherBusinessUnitIsInvalid() {
        createMany(2);
        String other = "0UvEMULATOR00042AA";
        EMULATOR.state().addBusinessUnit(other, "Other");
        String token = (String) api.v5Get(QUERY + "&limit=1").object().get("nextPageToken");
        TestHttp.Response response = api.http.send("GET", QUERY + "&nextPageToken=" + token, null, null,
                "Authorization", "Bearer " + api.token, "Pardot-Business-Unit-Id", other);
        assertError(response, 400, 211, "nextPageToken");
    }

    private List<Long> createMany(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestHttp.Response response = api.createActivity(ApiClient.activity("Webinar", "Registered", "p" + i + "@example.com", "v" + i));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(((Number) response.object().get("id")).longValue());
        }
        return ids;
    }

    private long create(String email, String activityDate) {
        TestHttp.Response response = api.createActivity(ApiClient.activity("Webinar", "Registered", email, "v", activityDate));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return ((Number) response.object().get("id")).longValue();
    }

    private Map<String, Object> read(long id) {
        TestHttp.Response response = api.v5Get("/api/v5/external-activities/" + id + "?fields=id,createdAt,prospectId");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.object();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> values(String pathAndQuery) {
        return values(api.v5Get(pathAndQuery));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.object().get("values");
    }

    private List<Long> ids(String pathAndQuery) {
        return ids(api.v5Get(pathAndQuery));
    }

    private static List<Long> ids(TestHttp.Response response) {
        return values(response).stream().map(v -> ((Number) v.get("id")).longValue()).toList();
    }
}
