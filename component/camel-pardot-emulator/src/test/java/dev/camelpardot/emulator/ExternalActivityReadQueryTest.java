package dev.camelpardot.emulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.EmulatorDefaults.BUSINESS_UNIT_ID;
import static dev.camelpardot.emulator.ExternalActivityCreateTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalActivityReadQueryTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    private ApiClient api;

    @BeforeEach
    void setUp() {
        EMULATOR.state().seedReadySetup("Webinar", "Registered");
        api = new ApiClient(EMULATOR.emulator());
    }

    @Test
    void readsOneActivityWithTheChosenFields() {
        String id = create("ann@example.com", "first");
        TestHttp.Response read = api.v5Get("/api/v5/external-activities/" + id + "?fields=id,email,VALUE,activityDate");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.object().keySet()).containsExactly("id", "email", "value", "activityDate");
        assertThat(read.object()).containsEntry("id", Long.parseLong(id)).containsEntry("email", "ann@example.com")
                .containsEntry("value", "first");
    }

    @Test
    void readsTheDocumentedReadFields() {
        String id = create("ann@example.com", "first");
        String second = create("ANN@example.com", "second");
        TestHttp.Response read = api.v5Get("/api/v5/external-activities/" + id + "?fields=id,prospectId,"
                + "extensionSalesforceId,typeSalesforceId,createdById,createdAt,updatedAt");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Map<String, Object> activity = read.object();
        assertThat(activity.keySet()).containsExactly("id", "prospectId", "extensionSalesforceId", "typeSalesforceId",
                "createdById", "createdAt", "updatedAt");
        assertThat(activity.get("extensionSalesforceId")).isEqualTo(EMULATOR.state().extension("Webinar").orElseThrow().id());
        assertThat(activity.get("typeSalesforceId"))
                .isEqualTo(EMULATOR.state().activityType("Webinar", "Registered").orElseThrow().id());
        assertThat(activity.get("createdById")).isEqualTo(EmulatorDefaults.ACCOUNT_ENGAGEMENT_USER_ID);
        assertThat(activity.get("updatedAt")).isEqualTo(activity.get("createdAt"));
        assertThat(activity.get("prospectId")).isInstanceOf(Number.class);
        TestHttp.Response other = api.v5Get("/api/v5/external-activities/" + second + "?fields=prospectId");
        assertThat(other.object().get("prospectId")).as("the same prospect: e-mails match ignoring case")
                .isEqualTo(activity.get("prospectId"));
        assertThat(EMULATOR.state().activities().get(0).prospectId()).isEqualTo(((Number) activity.get("prospectId")).longValue());
    }

    @Test
    void fieldsAreRequiredAndChecked() {
        String id = create("ann@example.com", "first");
        assertError(api.v5Get("/api/v5/external-activities/" + id), 400, 180, "fields");
        assertError(api.v5Get("/api/v5/external-activities/" + id + "?fields=id,colour"), 400, 180, "colour");
        assertError(api.v5Get("/api/v5/external-activities?limit=5"), 400, 180, "fields");
    }

    @Test
    void unknownIdIs404() {
        assertError(api.v5Get("/api/v5/external-activities/999?fields=id"), 404, 192, "999");
        assertError(api.v5Get("/api/v5/external-activities/abc?fields=id"), 404, 192, "abc");
    }

    @Test
    void activitiesOfAnotherBusinessUnitAreInvisible() {
        String other = "0UvEMULATOR00042AA";
        EMULATOR.state().addBusinessUnit(other, "Other");
        EMULATOR.state().assign("Webinar", other);
        TestHttp.Response created = api.createActivity(other, ApiClient.activity("Webinar", "Registered", "bob@example.com", "x"));
        String id = created.object().get("id").toString();
        assertError(api.v5Get("/api/v5/external-activities/" + id + "?fields=id"), 404, 192, id);
        assertThat(values(api.v5Get("/api/v5/external-activities?fields=id"))).isEmpty();
    }

    @Test
    void queryPagesWithTokensAndUrls() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create("p" + i + "@example.com", "v" + i));
        }
        TestHttp.Response first = api.v5Get("/api/v5/external-activities?fields=id,email&limit=2");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.object().keySet()).containsExactly("values", "nextPageToken", "nextPageUrl");
        List<Object> seen = new ArrayList<>(ids(first));
        assertThat(seen).hasSize(2);

        String token = (String) first.object().get("nextPageToken");
        TestHttp.Response second = api.v5Get("/api/v5/external-activities?fields=id,email&nextPageToken=" + token);
        seen.addAll(ids(second));

        String nextUrl = (String) second.object().get("nextPageUrl");
        assertThat(nextUrl).startsWith(EMULATOR.baseUrl() + "/api/v5/external-activities?fields=id%2Cemail&nextPageToken=");
        TestHttp.Response third = api.v5Get(nextUrl.substring(EMULATOR.baseUrl().length()));
        seen.addAll(ids(third));

        assertThat(seen).containsExactlyElementsOf(ids.stream().map(Long::parseLong).toList());
        assertThat(third.object()).containsEntry("nextPageToken", null).containsEntry("nextPageUrl", null);
    }

    @Test
    void queryDefaultsTo200PerPage() {
        for (int i = 0; i < 201; i++) {
            create("p" + i + "@example.com", "v");
        }
        TestHttp.Response page = api.v5Get("/api/v5/external-activities?fields=id");
        assertThat(values(page)).hasSize(200);
        assertThat(page.object().get("nextPageToken")).isNotNull();
    }

    @Test
    void limitAndTokenAreValidated() {
        assertError(api.v5Get("/api/v5/external-activities?fields=id&limit=0"), 400, 13, "limit");
        assertError(api.v5Get("/api/v5/external-activities?fields=id&limit=1001"), 400, 13, "limit");
        assertError(api.v5Get("/api/v5/external-activities?fields=id&limit=ten"), 400, 13, "limit");
        assertThat(api.v5Get("/api/v5/external-activities?fields=id&limit=1000").status()).isEqualTo(200);
        assertError(api.v5Get("/api/v5/external-activities?fields=id&nextPageToken=forged"), 400, 211, "nextPageToken");
    }

    @Test
    void readsCountAsCallsAndResponses() {
        create("ann@example.com", "v");
        api.v5Get("/api/v5/external-activities?fields=id");
        assertThat(EMULATOR.state().responses()).containsEntry("201", 1L).containsEntry("200", 1L);
        assertThat(EMULATOR.state().dailyUsage(BUSINESS_UNIT_ID)).isEqualTo(2);
    }

    private String create(String email, String value) {
        TestHttp.Response response = api.createActivity(ApiClient.activity("Webinar", "Registered", email, value));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.object().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.object().get("values");
    }

    private static List<Object> ids(TestHttp.Response response) {
        return values(response).stream().map(v -> v.get("id")).toList();
    }
}
